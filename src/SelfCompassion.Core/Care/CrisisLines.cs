using System.Text.Json;

namespace SelfCompassion.Care;

/// <summary>One place to turn to: how to reach it (call, text, chat) and when, as the service publishes it.</summary>
public sealed record CrisisLine(string Name, string? Call = null, string? Text = null, string? Chat = null, string? Hours = null, string? Cost = null)
{
    /// <summary>A tel: link to the first number given ("113 or 0800-0113" dials 113).</summary>
    public string? CallHref => Call is null ? null : "tel:" + Digits(Call);

    /// <summary>An sms: link when the text line is a plain number (not WhatsApp, which has its own app).</summary>
    public string? TextHref => Text is { Length: > 0 } t && char.IsAsciiDigit(t[0]) ? "sms:" + Digits(t) : null;

    private static string Digits(string number) =>
        new(number.Split(" or ")[0].Split(" (")[0].Where(c => char.IsAsciiDigit(c) || c == '+').ToArray());
}

/// <summary>A country's emergency number and its crisis lines, with the hints that suggest someone is there.</summary>
public sealed record CrisisRegion(string Code, string Name, string Emergency, IReadOnlyList<CrisisLine> Lines, IReadOnlyList<string> TimeZones, IReadOnlyList<string> Languages);

/// <summary>
/// The crisis lines the app knows, bundled with it (crisis-lines.json, from the services' own published details where
/// they could be confirmed; see docs/crisis-lines.md). Nothing is fetched from elsewhere when someone needs them.
/// </summary>
public sealed class CrisisLines
{
    private const string ResourceName = "SelfCompassion.Care.crisis-lines.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private CrisisLines(string @checked, IReadOnlyList<CrisisRegion> regions) => (Checked, Regions) = (@checked, regions);

    public static CrisisLines Bundled { get; } = Load();

    /// <summary>The month the numbers were last checked, as "2026-11".</summary>
    public string Checked { get; }

    /// <summary>Every region, by name.</summary>
    public IReadOnlyList<CrisisRegion> Regions { get; }

    public CrisisRegion? Find(string? code) =>
        code is null ? null : Regions.FirstOrDefault(r => string.Equals(r.Code, code, StringComparison.OrdinalIgnoreCase));

    private static CrisisLines Load()
    {
        using var stream = typeof(CrisisLines).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var file = JsonSerializer.Deserialize<File>(stream, Json) ?? throw new InvalidOperationException("The crisis lines are empty.");
        return new CrisisLines(file.Checked, [.. file.Regions.OrderBy(r => r.Name, StringComparer.Ordinal)]);
    }

    private sealed record File(string Checked, List<CrisisRegion> Regions);
}
