using SelfCompassion.Journal.Entries;
using SelfCompassion.Practice;

namespace SelfCompassion.Journal.Summary;

/// <summary>A summary to bring to therapy, built only for the person's own screen and printer.</summary>
public sealed record TherapySummary
{
    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public required SummaryRequest Request { get; init; }

    public int EntryCount { get; init; }

    public int ReframedCount { get; init; }

    /// <summary>Average belief when written, and after the latest reframe, over the reframed entries; null with none.</summary>
    public (double Before, double After)? AverageBelief { get; init; }

    /// <summary>Patterns noticed, most frequent first.</summary>
    public IReadOnlyList<(string Pattern, int Count)> Patterns { get; init; } = [];

    public IReadOnlyList<(DateTimeOffset TakenAt, decimal Score)> CheckIns { get; init; } = [];

    public IReadOnlyList<(PracticeKind Kind, int Count, int Minutes)> Practices { get; init; } = [];

    /// <summary>This page's thought records, oldest first.</summary>
    public IReadOnlyList<EntryView> Entries { get; init; } = [];

    public int Page { get; init; } = 1;

    public int PageCount { get; init; } = 1;

    public int FirstOnPage => EntryCount == 0 ? 0 : ((Page - 1) * TherapySummaries.PageSize) + 1;

    public int LastOnPage => FirstOnPage == 0 ? 0 : FirstOnPage + Entries.Count - 1;
}
