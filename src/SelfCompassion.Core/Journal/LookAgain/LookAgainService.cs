using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Ownership;

namespace SelfCompassion.Journal.LookAgain;

/// <summary>How a thought's belief moved: when written, after its latest reframe, and each later look.</summary>
public sealed record BeliefPath(int Written, int? AfterReframe, IReadOnlyList<(DateTimeOffset RatedAt, int Belief)> Later);

/// <summary>
/// Looking again, gently: a fresh rating of an answered thought a few days on (offered from today's page, see
/// Today.TodayService), and how its belief moved since. Nothing here counts what is undone.
/// </summary>
public sealed class LookAgainService(AppDbContext db, ICurrentOwner owner, TimeProvider time, ILogger<LookAgainService> logger)
{
    /// <summary>The person's thoughts still waiting for a kind answer (no reframe yet), newest first.</summary>
    public static IQueryable<ThoughtEntry> Unanswered(AppDbContext db) =>
        db.ThoughtEntries.AsNoTracking().Where(e => !e.Reframes.Any()).OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id);

    public async Task<Guid?> NewestUnansweredAsync(CancellationToken cancellationToken = default) =>
        await Unanswered(db).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);

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
        return new BeliefPath(entry.Belief, entry.After, await LaterLooksAsync(entryId, cancellationToken));
    }

    /// <summary>The later looks at a thought, oldest first: for a page that has the thought itself already.</summary>
    public async Task<IReadOnlyList<(DateTimeOffset RatedAt, int Belief)>> LaterLooksAsync(Guid entryId, CancellationToken cancellationToken = default) =>
        (await LaterLooks(db, entryId).ToListAsync(cancellationToken)).Select(f => (f.RatedAt, f.Belief)).ToList();

    // Read on every view of an entry, so compiled once (docs/adr/0016).
    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<LaterLook>> LaterLooks =
        EF.CompileAsyncQuery((AppDbContext db, Guid entryId) =>
            db.BeliefFollowUps.AsNoTracking().Where(f => f.EntryId == entryId).OrderBy(f => f.RatedAt).Select(f => new LaterLook(f.RatedAt, f.Belief)));

    private sealed record LaterLook(DateTimeOffset RatedAt, int Belief);
}
