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
    private static readonly Expression<Func<ThoughtEntry, ThoughtEntry>> EntryWithoutTerms = e => new ThoughtEntry
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

    /// <summary>The entries of <paramref name="page"/>, in its order, with every part EntryView.Read needs.</summary>
    public static async Task<List<ThoughtEntry>> ReadAsync(AppDbContext db, IQueryable<ThoughtEntry> page, CancellationToken cancellationToken)
    {
        var entries = await page.AsNoTracking().Select(EntryWithoutTerms).ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return entries;
        }
        // The parts by their entries' ids, which the owner-filtered read above gave (reframes carry the owner filter
        // too; feelings have no owner of their own). Joined to thought_entries instead, the plan PostgreSQL keeps
        // found an entry through the owner's index of a long journal (189 pages read for one entry), not its key.
        var ids = entries.Select(e => e.Id).ToList();
        var emotions = (await db.Set<EntryEmotion>().AsNoTracking().Where(m => ids.Contains(m.EntryId)).ToListAsync(cancellationToken))
            .ToLookup(m => m.EntryId);
        var reframes = await db.Reframes.AsNoTracking().Where(r => ids.Contains(r.EntryId)).Select(ReframeWithoutTerms)
            .ToListAsync(cancellationToken);
        var reframeIds = reframes.Select(r => r.Id).ToList();
        var reframeEmotions = (reframeIds.Count == 0 ? []
            : await db.Set<ReframeEmotion>().AsNoTracking().Where(m => reframeIds.Contains(m.ReframeId)).ToListAsync(cancellationToken))
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
