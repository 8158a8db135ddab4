using SelfCompassion.Common;
using SelfCompassion.Practice;

namespace SelfCompassion.Today;

/// <summary>
/// Today's page as worked out from the database: ids, moments and numbers, never anything a person wrote (the words
/// of the thoughts it offers are read by id for each view), kept per person until something it reads changes (their
/// ProgressStamp moves) or time alone changes it (<see cref="ValidUntil"/>: a reframe reaching the age to be looked
/// at again, a letter to reread, the 30-day window losing its oldest day).
/// </summary>
public sealed record TodayFigures(
    bool FirstTime,
    IReadOnlyList<Guid> Waiting,
    OfferFigures? ToReRate,
    PracticeSummary? LetterToReread,
    double? AverageBeliefDrop,
    int Practices,
    DateTimeOffset ValidUntil);

/// <summary>A thought to look at again, without its words: how much it was believed when written, and after its latest reframe.</summary>
public sealed record OfferFigures(Guid EntryId, int BeliefWritten, int BeliefAfter, DateTimeOffset ReframedAt);

/// <summary>Today's figures already worked out in this instance, a few hundred bytes each; a busy instance keeps at most 5,000.</summary>
public sealed class TodayCache() : KeptPerPerson<TodayCache.Key, TodayFigures>(5000)
{
    public sealed record Key(string OwnerId, long Version) : IPersonKey;
}
