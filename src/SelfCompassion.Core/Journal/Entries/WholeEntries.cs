using Microsoft.EntityFrameworkCore;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// Entries with their feelings and reframes (and the reframes' feelings), read as flat lists and put together here.
/// EF Core's Include builds a nested shaper for each collection, and .NET turns each nested lambda into a new delegate
/// every time it runs: on the therapy summary's page of 50 records that was about a sixth of the page's work. Each list
/// is read through the page's own query of the person's entries, so the owner filter scopes every one of them.
/// </summary>
internal static class WholeEntries
{
    /// <summary>The entries of <paramref name="page"/>, in its order, with every part EntryView.Read needs.</summary>
    public static async Task<List<ThoughtEntry>> ReadAsync(IQueryable<ThoughtEntry> page, CancellationToken cancellationToken)
    {
        var entries = await page.AsNoTracking().ToListAsync(cancellationToken);
        if (entries.Count == 0)
        {
            return entries;
        }
        // Each part through the page's own query, as a split query does: a list of ids (Id = ANY) let the plan
        // PostgreSQL keeps walk a long journal through its owner index instead.
        var emotions = (await page.SelectMany(e => e.Emotions).AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.EntryId);
        var reframes = await page.SelectMany(e => e.Reframes).AsNoTracking().ToListAsync(cancellationToken);
        var reframeEmotions = reframes.Count == 0 ? Enumerable.Empty<ReframeEmotion>().ToLookup(m => m.ReframeId)
            : (await page.SelectMany(e => e.Reframes).SelectMany(r => r.Emotions).AsNoTracking().ToListAsync(cancellationToken)).ToLookup(m => m.ReframeId);
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
