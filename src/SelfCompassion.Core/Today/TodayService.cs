using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Ownership;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using SelfCompassion.Protection;

namespace SelfCompassion.Today;

/// <summary>
/// The front door for someone signed in. Its four questions (what is waiting, what to look at again, a letter to
/// reread, the last 30 days in a line) cost PostgreSQL more to plan than to answer, for every view; so they are
/// answered once per change and kept (<see cref="TodayCache"/>), and each view costs one small read of the person's
/// stamp and one read by id of the few thoughts it offers, whose words are never kept.
/// </summary>
public sealed class TodayService(AppDbContext db, ICurrentOwner owner, TextCipher cipher, TodayCache cache, TimeProvider time)
{
    /// <summary>How long after a reframe a thought is offered for a fresh look.</summary>
    public static readonly TimeSpan ReRateAfter = TimeSpan.FromDays(3);

    /// <summary>How many thoughts waiting for a kind answer the page offers; one more may be offered to look at again.</summary>
    private const int WaitingShown = 3;

    /// <summary>What the line about progress looks back over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);

    public async Task<TodayOverview> GetAsync(CancellationToken cancellationToken = default)
    {
        // Read before working out: a change made meanwhile moves the stamp on, so the next view works it out again.
        var version = await ProgressStamp.CurrentAsync(db, cancellationToken);
        var figures = await cache.GetOrWorkOutAsync(new TodayCache.Key(owner.Required(), version),
            () => WorkOutAsync(cancellationToken), cancellationToken, kept => time.GetUtcNow() < kept.ValidUntil);
        return await OpenAsync(figures, cancellationToken);
    }

    private async Task<TodayFigures> WorkOutAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var waiting = await LookAgainService.Unanswered(db).Take(WaitingShown).Select(e => e.Id).ToListAsync(cancellationToken);
        var glance = await GlanceAsync(now, cancellationToken);
        if (waiting.Count == 0 && !glance.KeptAnything)
        {
            return new TodayFigures(true, [], null, null, null, 0, DateTimeOffset.MaxValue);
        }
        var offer = await ToReRateAsync(now, cancellationToken);
        var letter = await db.PracticeSessions.AsNoTracking()
            .Where(p => p.Kind == PracticeKind.Letter && p.RereadAt == null && p.CompletedAt <= now - PracticeSessions.LetterRereadAfter)
            .OrderByDescending(p => p.CompletedAt)
            .Select(p => new PracticeSummary(p.Id, p.Kind, p.CompletedAt, p.DurationSeconds, p.MoodBefore, p.MoodAfter))
            .FirstOrDefaultAsync(cancellationToken);
        return new TodayFigures(false, waiting, offer, letter, glance.Drop is null ? null : Math.Round(glance.Drop.Value, 0), glance.Practices, glance.ValidUntil);
    }

    private sealed record Glance(bool KeptAnything, double? Drop, int Practices, DateTimeOffset ValidUntil);

    /// <summary>
    /// The last 30 days in two numbers, and when time alone would change anything on the page: when the oldest reframe
    /// or practice in the window leaves it, when the next reframe is old enough to look at again, when the next letter
    /// is due. One round trip.
    /// </summary>
    private async Task<Glance> GlanceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ownerId = owner.Required();
        var since = now - Window;
        var ripening = now - ReRateAfter;
        var letterDue = now - PracticeSessions.LetterRereadAfter;
        var glance = await db.Users.AsNoTracking().Where(u => u.Id == ownerId)
            .Select(u => new
            {
                KeptAnything = db.ThoughtEntries.Any() || db.PracticeSessions.Any(),
                Drop = db.Reframes.Where(r => r.CreatedAt >= since).Average(r => (double?)(r.BeliefBefore - r.BeliefAfter)),
                Practices = db.PracticeSessions.Count(p => p.CompletedAt >= since),
                OldestReframe = db.Reframes.Where(r => r.CreatedAt >= since).Min(r => (DateTimeOffset?)r.CreatedAt),
                OldestPractice = db.PracticeSessions.Where(p => p.CompletedAt >= since).Min(p => (DateTimeOffset?)p.CompletedAt),
                NextToRipen = db.Reframes.Where(r => r.CreatedAt > ripening).Min(r => (DateTimeOffset?)r.CreatedAt),
                NextLetter = db.PracticeSessions.Where(p => p.Kind == PracticeKind.Letter && p.RereadAt == null && p.CompletedAt > letterDue)
                    .Min(p => (DateTimeOffset?)p.CompletedAt),
            })
            .SingleAsync(cancellationToken);
        DateTimeOffset?[] changes = [glance.OldestReframe + Window, glance.OldestPractice + Window, glance.NextToRipen + ReRateAfter, glance.NextLetter + PracticeSessions.LetterRereadAfter];
        var validUntil = changes.OfType<DateTimeOffset>().DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        return new Glance(glance.KeptAnything, glance.Drop, glance.Practices, validUntil);
    }

    /// <summary>The most recently answered thought whose latest reframe is a few days old and hasn't been looked at since.</summary>
    private async Task<OfferFigures?> ToReRateAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Newest reframes first (their owner and time index), stopping at the first that is its entry's latest and has
        // no later look: a few rows read whatever the size of the journal.
        var before = now - ReRateAfter;
        return await db.Reframes.AsNoTracking()
            .Where(r => r.CreatedAt <= before
                && !db.Reframes.Any(o => o.EntryId == r.EntryId && o.CreatedAt > r.CreatedAt)
                && !db.BeliefFollowUps.Any(f => f.EntryId == r.EntryId && f.RatedAt >= r.CreatedAt))
            .OrderByDescending(r => r.CreatedAt)
            .Join(db.ThoughtEntries, r => r.EntryId, e => e.Id, (r, e) => new OfferFigures(e.Id, e.Belief, r.BeliefAfter, r.CreatedAt))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The offered thoughts' words, read by id and opened for this view only.</summary>
    private async Task<TodayOverview> OpenAsync(TodayFigures figures, CancellationToken cancellationToken)
    {
        if (figures.FirstTime)
        {
            return new TodayOverview(true, [], null, null, null);
        }
        var ids = figures.ToReRate is { } offered ? [.. figures.Waiting, offered.EntryId] : figures.Waiting.ToArray();
        if (ids.Length > WaitingShown + 1)
        {
            throw new InvalidOperationException("Today's page reads at most four thoughts.");
        }
        var rows = ids.Length == 0 ? [] : await Thoughts(db, ids[0], ids.ElementAtOrDefault(1), ids.ElementAtOrDefault(2), ids.ElementAtOrDefault(3))
            .ToListAsync(cancellationToken);
        using var sealer = cipher.For(owner.Required());
        var thoughts = rows.ToDictionary(r => r.Id, r => (r.CreatedAt, Preview: EntrySummary.Preview(r.TextCipher, r.Id, sealer)));
        // A thought deleted since the figures were kept has moved the stamp on; between the two reads it is simply left out.
        var waiting = figures.Waiting.Where(thoughts.ContainsKey).Select(id => new WaitingThought(id, thoughts[id].CreatedAt, thoughts[id].Preview)).ToList();
        var offer = figures.ToReRate is { } kept && thoughts.TryGetValue(kept.EntryId, out var thought)
            ? new ReRateOffer(kept.EntryId, thought.Preview, kept.BeliefWritten, kept.BeliefAfter, kept.ReframedAt)
            : null;
        return new TodayOverview(false, waiting, offer, figures.LetterToReread, ProgressLine(figures));
    }

    /// <summary>
    /// Up to four thoughts (<see cref="WaitingShown"/> waiting, one offered), one lookup by primary key each, in one statement compiled once.
    /// "Id = ANY(ids)" read a long journal through its owner index (5 ms for 10,000 entries) under the plan PostgreSQL
    /// keeps, which expects an average journal. An id left out (the empty Guid) finds nothing.
    /// </summary>
    private static readonly Func<AppDbContext, Guid, Guid, Guid, Guid, IAsyncEnumerable<OfferedThought>> Thoughts =
        EF.CompileAsyncQuery((AppDbContext db, Guid first, Guid second, Guid third, Guid fourth) =>
            db.ThoughtEntries.AsNoTracking().Where(e => e.Id == first)
                .Concat(db.ThoughtEntries.Where(e => e.Id == second))
                .Concat(db.ThoughtEntries.Where(e => e.Id == third))
                .Concat(db.ThoughtEntries.Where(e => e.Id == fourth))
                .Select(e => new OfferedThought(e.Id, e.CreatedAt, e.TextCipher)));

    private sealed record OfferedThought(Guid Id, DateTimeOffset CreatedAt, byte[] TextCipher);

    private static string? ProgressLine(TodayFigures figures) =>
        figures.AverageBeliefDrop is > 0 and var drop
            ? $"In the last 30 days, reframing eased your belief in self-critical thoughts by {drop:0} points on average."
            : figures.Practices > 0
                ? $"In the last 30 days you made time for {figures.Practices} {(figures.Practices == 1 ? "practice" : "practices")}."
                : null;
}
