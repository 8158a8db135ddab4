using SelfCompassion.Common;
using SelfCompassion.Practice;

namespace SelfCompassion.Journal.Summary;

/// <summary>
/// A summary's counts and averages for one span of time: numbers and pattern names only, never anything a person
/// wrote. They cost most of the summary's database time and don't change from one page of thought records to the next.
/// </summary>
public sealed record SummaryFigures(
    int EntryCount,
    int ReframedCount,
    (double Before, double After)? AverageBelief,
    IReadOnlyList<(string Pattern, int Count)> Patterns,
    IReadOnlyList<(DateTimeOffset TakenAt, decimal Score)> CheckIns,
    IReadOnlyList<(PracticeKind Kind, int Count, int Minutes)> Practices);

/// <summary>
/// Figures already worked out in this instance, filed under the person's ProgressStamp version (which moves with
/// every entry, reframe, practice and check-in, from anywhere), so they are never served once untrue. All of them are
/// worked out whatever the person chose to include, so a change of choices costs nothing. A few hundred bytes each,
/// a few tens of kilobytes for years of daily check-ins; a busy instance keeps at most 2,000.
/// </summary>
public sealed class SummaryCache() : KeptPerPerson<SummaryCache.Key, SummaryFigures>(2000)
{
    public sealed record Key(string OwnerId, long Version, DateTimeOffset Start, DateTimeOffset End) : IPersonKey;
}
