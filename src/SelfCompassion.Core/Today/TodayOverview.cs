using SelfCompassion.Common;
using SelfCompassion.Practice;

namespace SelfCompassion.Today;

/// <summary>A thought not yet answered kindly, offered again by its opening words.</summary>
public sealed record WaitingThought(Guid Id, DateTimeOffset CreatedAt, string Preview);

/// <summary>A thought answered some days ago, offered for a fresh look: how much it was believed then, and after.</summary>
public sealed record ReRateOffer(Guid EntryId, string Preview, int BeliefWritten, int BeliefAfterReframe, DateTimeOffset ReframedAt);

/// <summary>
/// Today's page for someone signed in: what is waiting, gently and without counts, or, the first time, nothing but
/// the next step.
/// </summary>
public sealed record TodayOverview(bool FirstTime, IReadOnlyList<WaitingThought> Waiting, ReRateOffer? ToReRate, PracticeSummary? LetterToReread, string? ProgressLine);

/// <summary>A thought as the database keeps it: its words stay sealed while kept, and are opened for each view.</summary>
public sealed record SealedThought(Guid Id, DateTimeOffset CreatedAt, byte[] TextCipher);

/// <summary>
/// Today's page as worked out from the database, kept per person until something it reads changes (their
/// ProgressStamp moves) or time alone changes it (<see cref="ValidUntil"/>: a reframe reaching the age to be looked
/// at again, a letter to reread, the 30-day window losing its oldest day).
/// </summary>
public sealed record TodayFigures(
    bool FirstTime,
    IReadOnlyList<SealedThought> Waiting,
    SealedThought? ToReRate,
    int BeliefWritten,
    int BeliefAfterReframe,
    DateTimeOffset ReframedAt,
    PracticeSummary? LetterToReread,
    double? AverageBeliefDrop,
    int Practices,
    DateTimeOffset ValidUntil);

/// <summary>Today's figures already worked out in this instance, a few hundred bytes each; a busy instance keeps at most 5,000.</summary>
public sealed class TodayCache() : KeptPerPerson<TodayCache.Key, TodayFigures>(5000)
{
    public sealed record Key(string OwnerId, long Version) : IPersonKey;
}
