using System.Globalization;
using SelfCompassion.Common;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Listing;

/// <summary>Which entries to show: filters, a search, where the last page ended, and whose days the dates are.</summary>
public sealed record JournalQuery(
    string? Pattern = null,
    string? Emotion = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null,
    JournalCursor? After = null,
    TimeZoneInfo? Zone = null);

/// <summary>
/// The journal's filter form as typed (lower-case names, as in the address). Filters are choices and may travel in a
/// link; the search words are the person's own and only ever come in a form's body.
/// </summary>
public sealed record JournalFilters
{
    public const int SearchMaxLength = 200;

    public string? Q { get; set => field = Characters.Clean(value); }

    public string? Pattern { get; set; }

    public string? Emotion { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? After { get; set; }

    /// <summary>The query these choices mean, or messages for the fields that can't be read.</summary>
    public Outcome<JournalQuery> ToQuery(TimeZoneInfo zone)
    {
        var rules = new Rules().Text("q", Q, SearchMaxLength, "Please search for up to 200 characters.");
        var from = Date(rules, "from", From);
        var to = Date(rules, "to", To);
        if (!rules.IsValid)
        {
            return Outcome<JournalQuery>.Invalid(rules.Errors);
        }
        // An unknown filter value (an old link, a typo) is dropped rather than treated as an error.
        var pattern = Pattern is not null && Patterns.IsKnown(Pattern) ? Pattern : null;
        var emotion = Emotion is not null && Emotions.IsKnown(Emotion) ? Emotion : null;
        return Outcome<JournalQuery>.Done(new JournalQuery(pattern, emotion, from, to, Q, JournalCursor.Decode(After), zone));
    }

    private static DateOnly? Date(Rules rules, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        rules.Add(field, "Please enter a date like 2026-03-01.");
        return null;
    }
}

/// <summary>What a journal card shows: never more of the thought than its opening words.</summary>
public sealed record EntrySummary(Guid Id, DateTimeOffset CreatedAt, string ThoughtPreview, IReadOnlyList<string> Patterns, int Belief, int? LatestBeliefAfter)
{
    public const int PreviewLength = 140;

    /// <summary>The opening words of a sealed thought, opened for this view only.</summary>
    public static string Preview(byte[] sealedText, Guid entryId, OwnerCipher cipher) =>
        Preview(SealedEntry.Open(sealedText, entryId, cipher).Words.Thought ?? "");

    public static string Preview(string thought)
    {
        // Cut by characters as a person sees them: a cut by code units split emoji and joined letters into "�".
        // Only the start of a long thought is counted, so a card costs no more for a thought of 2,000 characters.
        var head = Characters.AtMost(thought, PreviewLength)!;
        if (head.Length == thought.Length)
        {
            return thought;
        }
        var cut = head.LastIndexOf(' ');
        return (cut > head.Length / 2 ? head[..cut] : head).TrimEnd() + "…";
    }
}

public sealed record JournalPage(IReadOnlyList<EntrySummary> Entries, JournalCursor? Next);
