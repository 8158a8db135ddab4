using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// Entries with their feelings and reframes (and the reframes' feelings), read as flat lists and put together here.
/// EF Core's Include builds a nested shaper for each collection, and .NET turns each nested lambda into a new delegate
/// every time it runs: on the therapy summary's page of 50 records that was about a sixth of the page's work.
/// </summary>
internal static class WholeEntries
{
    // Every column but the search index's hashes, which only search reads: hundreds of numbers per record, they were
    // the largest thing the summary's page read from PostgreSQL and turned into arrays (docs/adr/0013).
    public static readonly Expression<Func<ThoughtEntry, ThoughtEntry>> EntryWithoutTerms = e => new ThoughtEntry
    {
        Id = e.Id,
        OwnerId = e.OwnerId,
        CreatedAt = e.CreatedAt,
        UpdatedAt = e.UpdatedAt,
        TextCipher = e.TextCipher,
        Belief = e.Belief,
        Patterns = e.Patterns,
        EmotionKeys = e.EmotionKeys,
        Version = e.Version,
    };

    private static readonly Expression<Func<Reframe, Reframe>> ReframeWithoutTerms = r => new Reframe
    {
        Id = r.Id,
        EntryId = r.EntryId,
        OwnerId = r.OwnerId,
        CreatedAt = r.CreatedAt,
        TextCipher = r.TextCipher,
        BeliefBefore = r.BeliefBefore,
        BeliefAfter = r.BeliefAfter,
    };

    // Reads made on every view of an entry or the therapy summary, compiled once rather than translated each time
    // (docs/adr/0016).
    private static readonly Func<AppDbContext, Guid[], IAsyncEnumerable<EntryEmotion>> EmotionsOf =
        EF.CompileAsyncQuery((AppDbContext db, Guid[] ids) => db.Set<EntryEmotion>().AsNoTracking().Where(m => ids.Contains(m.EntryId)));

    private static readonly Func<AppDbContext, Guid[], IAsyncEnumerable<Reframe>> ReframesOf =
        EF.CompileAsyncQuery((AppDbContext db, Guid[] ids) => db.Reframes.AsNoTracking().Where(r => ids.Contains(r.EntryId)).Select(ReframeWithoutTerms));

    private static readonly Func<AppDbContext, Guid[], IAsyncEnumerable<ReframeEmotion>> ReframeEmotionsOf =
        EF.CompileAsyncQuery((AppDbContext db, Guid[] ids) => db.Set<ReframeEmotion>().AsNoTracking().Where(m => ids.Contains(m.ReframeId)));

    private static readonly Func<AppDbContext, Guid, IAsyncEnumerable<ThoughtEntry>> ById =
        EF.CompileAsyncQuery((AppDbContext db, Guid id) => db.ThoughtEntries.AsNoTracking().Where(e => e.Id == id).Select(EntryWithoutTerms));

    /// <summary>The entries of <paramref name="page"/>, in its order, with every part EntryView.Read needs.</summary>
    public static async Task<List<ThoughtEntry>> ReadAsync(AppDbContext db, IQueryable<ThoughtEntry> page, CancellationToken cancellationToken) =>
        await WithPartsAsync(db, await page.AsNoTracking().Select(EntryWithoutTerms).ToListAsync(cancellationToken), cancellationToken);

    /// <summary>One entry, whole, or null when the signed-in person has none with this id.</summary>
    public static async Task<ThoughtEntry?> ReadAsync(AppDbContext db, Guid id, CancellationToken cancellationToken) =>
        (await WithPartsAsync(db, await ById(db, id).ToListAsync(cancellationToken), cancellationToken)).SingleOrDefault();

    /// <summary>Entries read with <see cref="EntryWithoutTerms"/>, given every part EntryView.Read needs.</summary>
    public static async Task<List<ThoughtEntry>> WithPartsAsync(AppDbContext db, List<ThoughtEntry> entries, CancellationToken cancellationToken)
    {
        if (entries.Count == 0)
        {
            return entries;
        }
        // The parts by their entries' ids, which the owner-filtered read above gave (reframes carry the owner filter
        // too; feelings have no owner of their own). Joined to thought_entries instead, the plan PostgreSQL keeps
        // found an entry through the owner's index of a long journal (189 pages read for one entry), not its key.
        var ids = entries.Select(e => e.Id).ToArray();
        var emotions = (await EmotionsOf(db, ids).ToListAsync(cancellationToken)).ToLookup(m => m.EntryId);
        var reframes = await ReframesOf(db, ids).ToListAsync(cancellationToken);
        var reframeIds = reframes.Select(r => r.Id).ToArray();
        var reframeEmotions = (reframeIds.Length == 0 ? [] : await ReframeEmotionsOf(db, reframeIds).ToListAsync(cancellationToken))
            .ToLookup(m => m.ReframeId);
        foreach (var reframe in reframes)
        {
            reframe.Emotions = [.. reframeEmotions[reframe.Id]];
        }
        var reframesOf = reframes.ToLookup(r => r.EntryId);
        foreach (var entry in entries)
        {
            entry.Emotions = [.. emotions[entry.Id]];
            entry.Reframes = [.. reframesOf[entry.Id]];
        }
        return entries;
    }
}
