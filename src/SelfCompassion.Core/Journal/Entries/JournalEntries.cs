using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// Writing, reading, editing and deleting one's own thought records. The context shows only the current owner's
/// rows, so an id of someone else's entry is simply not found.
/// </summary>
public sealed class JournalEntries(
    AppDbContext db,
    ICurrentOwner owner,
    TextCipher cipher,
    AccountActivity activity,
    TimeProvider time,
    ILogger<JournalEntries> logger)
{
    /// <param name="saveKey">
    /// The key the form carried (<see cref="ThoughtEntry.SaveKey"/>): the same form sent again with the same words is
    /// answered with the entry it made, and nothing new is kept.
    /// </param>
    public async Task<Outcome> CreateAsync(EntryInput input, Guid? saveKey = null, CancellationToken cancellationToken = default)
    {
        var errors = input.Check();
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, input.SuggestsDanger());
        }
        var ownerId = owner.Required();
        var now = time.GetUtcNow();
        var key = SaveKeys.Of(saveKey, input);
        var entry = new ThoughtEntry { Id = Guid.CreateVersion7(now), OwnerId = ownerId, CreatedAt = now, SaveKey = key };
        using (var sealer = cipher.For(ownerId))
        {
            input.WriteTo(entry, sealer, now);
        }
        db.ThoughtEntries.Add(entry);
        if (await SaveKeys.RepeatedAsync(db, JournalModel.SaveKeyIndex, cancellationToken))
        {
            var earlier = await db.ThoughtEntries.Where(e => e.SaveKey == key).Select(e => e.Id).SingleAsync(cancellationToken);
            logger.LogInformation("Journal entry {EntryId} was already saved from the same form", earlier);
            return Outcome.Done(earlier, input.SuggestsDanger());
        }
        logger.LogInformation("Journal entry {EntryId} created", entry.Id);
        return Outcome.Done(entry.Id, input.SuggestsDanger());
    }

    public async Task<EntryView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await WholeEntries.ReadAsync(db, id, cancellationToken);
        if (entry is null)
        {
            return null;
        }
        using var sealer = cipher.For(entry.OwnerId);
        return EntryView.Read(entry, sealer);
    }

    /// <param name="version">The entry's version when the person started editing; if it has moved on, nothing is overwritten.</param>
    public async Task<Outcome> UpdateAsync(Guid id, uint version, EntryInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Check();
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, input.SuggestsDanger());
        }
        var entry = await db.ThoughtEntries.Include(e => e.Emotions).SingleOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entry is null)
        {
            return Outcome.NotFound;
        }
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;
        db.RemoveRange(entry.Emotions);
        using (var sealer = cipher.For(entry.OwnerId))
        {
            input.WriteTo(entry, sealer, time.GetUtcNow());
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            // The same edit sent again (pressed twice, or resent by the browser) finds its own save, not someone else's.
            if (await GetAsync(id, cancellationToken) is { } current && input.IsKeptIn(current))
            {
                logger.LogInformation("Journal entry {EntryId} already held the edit sent again", id);
                return Outcome.Done(id, input.SuggestsDanger());
            }
            logger.LogInformation("Journal entry {EntryId} changed elsewhere; edit not saved", id);
            return Outcome.Conflicted(input.SuggestsDanger());
        }
        logger.LogInformation("Journal entry {EntryId} updated", id);
        return Outcome.Done(id, input.SuggestsDanger());
    }

    public async Task<Outcome> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        // The database removes the entry's emotions and reframes with it.
        if (await db.ThoughtEntries.Where(e => e.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return Outcome.NotFound;
        }
        await activity.RecordAsync(AccountEventKind.EntryDeleted, cancellationToken);
        logger.LogInformation("Journal entry {EntryId} deleted", id);
        return Outcome.Done(id);
    }

    public Task<bool> HasAnyAsync(CancellationToken cancellationToken = default) => db.ThoughtEntries.AnyAsync(cancellationToken);
}
