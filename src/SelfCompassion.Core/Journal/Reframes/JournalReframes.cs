using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Care;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Reframes;

/// <summary>Answering one's own thought kindly: a reframe added to an entry, with its feelings rated again.</summary>
public sealed class JournalReframes(AppDbContext db, ICurrentOwner owner, TextCipher cipher, TimeProvider time, ILogger<JournalReframes> logger)
{
    /// <param name="entryVersion">
    /// The entry's version when the reframe form was opened. Re-ratings are matched to feelings by position, so if the
    /// entry has been edited since, saving would pair them wrongly: that is a conflict, not a save.
    /// </param>
    /// <param name="saveKey">The key the form carried: the same form sent again with the same words saves nothing new (docs/adr/0019).</param>
    public async Task<Outcome> AddAsync(Guid entryId, ReframeInput input, uint? entryVersion = null, Guid? saveKey = null,
        CancellationToken cancellationToken = default)
    {
        var entry = await db.ThoughtEntries.AsNoTracking().Include(e => e.Emotions).SingleOrDefaultAsync(e => e.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return Outcome.NotFound;
        }
        var crisisNoticed = input.SuggestsDanger();
        if (entryVersion is { } opened && opened != entry.Version)
        {
            return Outcome.Conflicted(crisisNoticed);
        }
        var errors = input.Check(entry.Emotions.Count);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, crisisNoticed);
        }

        var ownerId = owner.Required();
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        using var sealer = cipher.For(ownerId);
        var feelings = SealedEntry.Open(entry.TextCipher, entry.Id, sealer).Emotions(entry.Emotions);
        var reframe = SealedReframe.Create(id, entryId, ownerId, now, input, entry.Belief, input.BeliefAfter!.Value,
            feelings.Select((f, i) => (f.Key, f.CustomName, f.Intensity, input.After[i]!.Value)).ToList(), sealer);
        reframe.SaveKey = SaveKeys.Of(saveKey, input);
        db.Reframes.Add(reframe);
        if (await SaveKeys.RepeatedAsync(db, JournalModel.ReframeSaveKeyIndex, cancellationToken))
        {
            logger.LogInformation("A reframe of journal entry {EntryId} was already saved from the same form", entryId);
            return Outcome.Done(entryId, crisisNoticed);
        }
        logger.LogInformation("Reframe {ReframeId} added to journal entry {EntryId}", id, entryId);
        return Outcome.Done(entryId, crisisNoticed);
    }
}
