using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.LookAgain;

/// <summary>A thought not yet answered kindly, offered again by its opening words.</summary>
public sealed record WaitingThought(Guid Id, DateTimeOffset CreatedAt, string Preview);

/// <summary>A thought answered some days ago, offered for a fresh look: how much it was believed then, and after.</summary>
public sealed record ReRateOffer(Guid EntryId, string Preview, int BeliefWritten, int BeliefAfterReframe, DateTimeOffset ReframedAt);

/// <summary>The thoughts looked at again: how many, and their belief when written and at the latest look, on average.</summary>
public sealed record LookAgainSummary(int Thoughts, double WrittenAverage, double LatestAverage);

/// <summary>How a thought's belief moved: when written, after its latest reframe, and each later look.</summary>
public sealed record BeliefPath(int Written, int? AfterReframe, IReadOnlyList<(DateTimeOffset RatedAt, int Belief)> Later);

/// <summary>
/// Looking again, gently: thoughts still waiting for a kind answer, and answered ones offered for a fresh rating a
/// few days on. Nothing here counts what is undone.
/// </summary>
public sealed class LookAgainService(AppDbContext db, ICurrentOwner owner, TextCipher cipher, TimeProvider time, ILogger<LookAgainService> logger)
{
    /// <summary>How long after a reframe a thought is offered for a fresh look.</summary>
    public static readonly TimeSpan ReRateAfter = TimeSpan.FromDays(3);

    public async Task<IReadOnlyList<WaitingThought>> WaitingAsync(int take = 3, CancellationToken cancellationToken = default)
    {
        var rows = await db.ThoughtEntries.AsNoTracking().Where(e => !e.Reframes.Any())
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(take)
            .Select(e => new { e.Id, e.CreatedAt, e.TextCipher }).ToListAsync(cancellationToken);
        return rows.Count == 0 ? [] : Open(rows.Select(r => (r.Id, r.CreatedAt, r.TextCipher)).ToList());
    }

    public async Task<Guid?> NewestUnansweredAsync(CancellationToken cancellationToken = default) =>
        await db.ThoughtEntries.AsNoTracking().Where(e => !e.Reframes.Any())
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The most recently answered thought whose latest reframe is a few days old and hasn't been looked at since.</summary>
    public async Task<ReRateOffer?> ToReRateAsync(CancellationToken cancellationToken = default)
    {
        // Newest reframes first (their owner and time index), stopping at the first that is its entry's latest and has
        // no later look: a few rows read whatever the size of the journal.
        var before = time.GetUtcNow() - ReRateAfter;
        var latest = await db.Reframes.AsNoTracking()
            .Where(r => r.CreatedAt <= before
                && !db.Reframes.Any(o => o.EntryId == r.EntryId && o.CreatedAt > r.CreatedAt)
                && !db.BeliefFollowUps.Any(f => f.EntryId == r.EntryId && f.RatedAt >= r.CreatedAt))
            .OrderByDescending(r => r.CreatedAt)
            .Join(db.ThoughtEntries, r => r.EntryId, e => e.Id,
                (r, e) => new { e.Id, EntryCreatedAt = e.CreatedAt, e.TextCipher, e.Belief, r.CreatedAt, r.BeliefAfter })
            .FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }
        var preview = Open([(latest.Id, latest.EntryCreatedAt, latest.TextCipher)])[0].Preview;
        return new ReRateOffer(latest.Id, preview, latest.Belief, latest.BeliefAfter, latest.CreatedAt);
    }

    public async Task<Outcome> FollowUpAsync(Guid entryId, FollowUpInput input, CancellationToken cancellationToken = default)
    {
        if (!await db.ThoughtEntries.AnyAsync(e => e.Id == entryId, cancellationToken))
        {
            return Outcome.NotFound;
        }
        var errors = input.Check();
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }
        var now = time.GetUtcNow();
        db.BeliefFollowUps.Add(new BeliefFollowUp { Id = Guid.CreateVersion7(now), EntryId = entryId, OwnerId = owner.Required(), RatedAt = now, Belief = input.Belief!.Value });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Belief looked at again for journal entry {EntryId}", entryId);
        return Outcome.Done(entryId);
    }

    public async Task<BeliefPath?> PathAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        var entry = await db.ThoughtEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.Belief, After = e.Reframes.OrderByDescending(r => r.CreatedAt).Select(r => (int?)r.BeliefAfter).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return null;
        }
        var later = await db.BeliefFollowUps.AsNoTracking().Where(f => f.EntryId == entryId).OrderBy(f => f.RatedAt)
            .Select(f => new { f.RatedAt, f.Belief }).ToListAsync(cancellationToken);
        return new BeliefPath(entry.Belief, entry.After, later.Select(f => (f.RatedAt, f.Belief)).ToList());
    }

    public async Task<LookAgainSummary?> SummaryAsync(CancellationToken cancellationToken = default)
    {
        var looks = await db.BeliefFollowUps.AsNoTracking()
            .GroupBy(f => f.EntryId)
            .Select(g => new { EntryId = g.Key, Latest = g.OrderByDescending(f => f.RatedAt).Select(f => f.Belief).First() })
            .Join(db.ThoughtEntries, l => l.EntryId, e => e.Id, (l, e) => new { e.Belief, l.Latest })
            .ToListAsync(cancellationToken);
        return looks.Count == 0 ? null : new LookAgainSummary(looks.Count, looks.Average(l => l.Belief), looks.Average(l => l.Latest));
    }

    private List<WaitingThought> Open(IReadOnlyList<(Guid Id, DateTimeOffset CreatedAt, byte[] TextCipher)> rows)
    {
        using var sealer = cipher.For(owner.Required());
        return rows.Select(r => new WaitingThought(r.Id, r.CreatedAt, EntrySummary.Preview(SealedEntry.Open(r.TextCipher, r.Id, sealer).Words.Thought ?? ""))).ToList();
    }
}
