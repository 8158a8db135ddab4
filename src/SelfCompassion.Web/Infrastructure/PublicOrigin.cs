namespace SelfCompassion.Web.Infrastructure;

internal static class PublicOrigin
{
    /// <summary>
    /// The address people use: App:PublicUrl when it is set (never a Host header an attacker could forge to send
    /// someone's reset link to their own site), otherwise the request's own, which is fine for development.
    /// </summary>
    public static string Of(HttpContext context)
    {
        var configured = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<AppOptions>>().Value.PublicUrl;
        return string.IsNullOrWhiteSpace(configured)
            ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}"
            : configured.TrimEnd('/');
    }
}
