using System.Globalization;

namespace SelfCompassion.Common;

/// <summary>
/// The one place a moment becomes a person's own day, week or wording, in their time zone. Days start at local
/// midnight, or at the first moment that exists where clocks jump past midnight; weeks start on Monday.
/// </summary>
public static class LocalTime
{
    /// <summary>The zone with this IANA id, or UTC for a missing or unknown one.</summary>
    public static TimeZoneInfo Zone(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;

    public static DateTimeOffset In(DateTimeOffset at, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(at, zone);

    public static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(In(at, zone).DateTime);

    public static DateOnly WeekStart(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The first moment of a local day, clamped to what a DateTimeOffset can hold.</summary>
    public static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where clocks spring forward at midnight, that midnight never happens: the day starts at the first real moment.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        var utcTicks = local.Ticks - zone.GetUtcOffset(local).Ticks;
        return utcTicks < DateTimeOffset.MinValue.UtcTicks ? DateTimeOffset.MinValue
            : utcTicks > DateTimeOffset.MaxValue.UtcTicks ? DateTimeOffset.MaxValue
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    /// <summary>"Tuesday 3 March 2026, 21:15": how the app writes a moment.</summary>
    public static string Describe(DateTimeOffset at, TimeZoneInfo zone) =>
        In(at, zone).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"3 Mar 2026": how charts and tables write a day.</summary>
    public static string Describe(DateOnly day) => day.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
