namespace SelfCompassion.Accounts;

public static class TimeZones
{
    public const string Default = "UTC";

    /// <summary>An IANA zone the server knows, or UTC for anything else (a missing or forged browser value).</summary>
    public static string Normalize(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId)
        && timeZoneId.Length <= ApplicationUser.TimeZoneIdMaxLength
        && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
        && zone.HasIanaId
            ? zone.Id
            : Default;

    public static bool IsKnown(string? timeZoneId) => Normalize(timeZoneId) == timeZoneId || timeZoneId == Default;

    /// <summary>
    /// The picker's zones, with the person's own among them. A browser may name a zone by an older name the server
    /// knows but doesn't list (Asia/Calcutta for Asia/Kolkata, Europe/Kiev): missing from the list, the picker showed
    /// its first zone instead, and saving only a new name moved the person's days by hours without a word.
    /// </summary>
    public static IReadOnlyList<string> ChoicesWith(string? current) =>
        current is null || !IsKnown(current) || All.Contains(current, StringComparer.Ordinal)
            ? All
            : [.. All.Append(current).Order(StringComparer.Ordinal)];

    /// <summary>IANA zones for a picker, sorted by name.</summary>
    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(zone => zone.HasIanaId)
        .Select(zone => zone.Id)
        .Append(Default)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}
