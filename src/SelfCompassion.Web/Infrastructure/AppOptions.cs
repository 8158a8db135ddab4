namespace SelfCompassion.Web.Infrastructure;

public sealed class AppOptions
{
    public const string Section = "App";

    public const string PublicUrlMissing =
        "App__PublicUrl is not set. Production needs the address people use (for example https://selfcompassion.example.org): " +
        "email links start with it, never with a Host header someone could forge.";

    /// <summary>The address people use; email links, canonical links, the sitemap and the feed start with it.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How long a stopping instance keeps answering before its server stops (see ShutdownDrain); 0 in development.</summary>
    public int ShutdownDrainSeconds { get; set; }

    public bool HasPublicUrl =>
        Uri.TryCreate(PublicUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);
}
