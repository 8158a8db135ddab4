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
