using System.Globalization;
using SelfCompassion.Common;

namespace SelfCompassion.Journal.Summary;

/// <summary>
/// What the person asks to bring to therapy: a range of days (the last 30 unless changed) and what to include. Only
/// choices and dates, never the person's words, so it may travel in a link.
/// </summary>
public sealed record SummaryRequest
{
    public const int DefaultDays = 30;

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>Thought records with their reframes.</summary>
    public bool Entries { get; set; } = true;

    public bool Patterns { get; set; } = true;

    /// <summary>How strongly thoughts were believed before and after reframing.</summary>
    public bool Belief { get; set; } = true;

    public bool CheckIns { get; set; } = true;

    public bool Practices { get; set; } = true;

    /// <summary>Which page of thought records, from 1.</summary>
    public int Page { get; set; } = 1;

    /// <summary>The days this means in the person's time zone, or messages beside the fields that can't be used.</summary>
    public Outcome<(DateOnly From, DateOnly To)> Range(DateOnly today)
    {
        var rules = new Rules();
        // Days after today hold nothing yet: an end far off ("until whenever", even 9999-12-31) means up to today.
        var to = Date(rules, nameof(To), To) is { } end && end < today ? end : today;
        var from = Date(rules, nameof(From), From) ?? to.AddDays(-(DefaultDays - 1));
        rules.When(rules.IsValid && from > today, nameof(From), "The start date is after today. Please choose a day up to today.")
            .When(rules.IsValid && from > to, nameof(From), "The start date is after the end date. Please choose a start date on or before the end.")
            .When(!(Entries || Patterns || Belief || CheckIns || Practices), nameof(Entries), "Please choose at least one thing to include.");
        return rules.IsValid ? Outcome<(DateOnly, DateOnly)>.Done((from, to)) : Outcome<(DateOnly, DateOnly)>.Invalid(rules.Errors);
    }

    private static DateOnly? Date(Rules rules, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year >= 2000)
        {
            return date;
        }
        rules.Add(field, "Please enter a date like 2026-03-01.");
        return null;
    }
}
