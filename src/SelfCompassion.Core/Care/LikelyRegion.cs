namespace SelfCompassion.Care;

/// <summary>
/// Which region's lines to show first. A time zone or a browser language is only a hint (travel, VPNs, shared zones),
/// so the full list is always one click away; a person's own choice wins over both.
/// </summary>
public static class LikelyRegion
{
    /// <summary>Languages spoken mostly in one region, for browsers that send a language without a region.</summary>
    private static readonly Dictionary<string, string> SingleRegionLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ko"] = "KR",
        ["ja"] = "JP",
        ["pl"] = "PL",
        ["da"] = "DK",
        ["fi"] = "FI",
        ["nb"] = "NO",
        ["nn"] = "NO",
        ["no"] = "NO",
        ["sv"] = "SE",
        ["fil"] = "PH",
        ["tl"] = "PH",
        ["hi"] = "IN",
        ["mi"] = "NZ",
        ["ga"] = "IE",
    };

    /// <param name="chosen">A region the person picked on the page.</param>
    /// <param name="timeZone">The signed-in person's time zone (an IANA id), if any.</param>
    /// <param name="acceptLanguage">The browser's Accept-Language header, if any.</param>
    public static CrisisRegion? Guess(CrisisLines lines, string? chosen, string? timeZone, string? acceptLanguage) =>
        lines.Find(chosen)
        ?? FromTimeZone(lines, timeZone)
        ?? FromLanguages(lines, acceptLanguage);

    private static CrisisRegion? FromTimeZone(CrisisLines lines, string? timeZone) =>
        string.IsNullOrEmpty(timeZone) ? null : lines.Regions.FirstOrDefault(r => r.TimeZones.Contains(timeZone, StringComparer.OrdinalIgnoreCase));

    private static CrisisRegion? FromLanguages(CrisisLines lines, string? header)
    {
        foreach (var tag in Tags(header))
        {
            var parts = tag.Split('-');
            var region = parts.Skip(1).FirstOrDefault(p => p.Length == 2) is { } subtag
                ? lines.Find(subtag)
                : SingleRegionLanguages.TryGetValue(parts[0], out var code) ? lines.Find(code) : null;
            if (region is not null)
            {
                return region;
            }
        }
        return null;
    }

    /// <summary>The language tags in the order the browser prefers them (highest q first, then as written).</summary>
    private static IEnumerable<string> Tags(string? header) =>
        (header ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Take(20)
            .Select((part, index) => (Tag: part.Split(';')[0].Trim(), Weight: Weight(part), index))
            .Where(t => t.Tag.Length is > 0 and <= 35 && t.Weight > 0)
            .OrderByDescending(t => t.Weight).ThenBy(t => t.index)
            .Select(t => t.Tag);

    private static double Weight(string part) =>
        part.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)) is { } q
        && double.TryParse(q[2..], System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var weight)
            ? weight
            : 1;
}
