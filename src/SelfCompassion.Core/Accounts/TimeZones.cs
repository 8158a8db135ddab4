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

    /// <summary>IANA zones for a picker, sorted by name.</summary>
    public static IReadOnlyList<string> All { get; } = TimeZoneInfo.GetSystemTimeZones()
        .Where(zone => zone.HasIanaId)
        .Select(zone => zone.Id)
        .Append(Default)
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList();
}
