using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Search;

/// <summary>
/// Entries and reframes written before the blind index existed have no search terms yet: the person's first search
/// indexes them (once, in batches), so every later search is answered by the index alone.
/// </summary>
public sealed class SearchIndex(AppDbContext db, ICurrentOwner owner, TextCipher cipher, CaughtUpOwners caughtUp, ILogger<SearchIndex> logger)
{
    private const int Batch = 250;

    public async Task CatchUpAsync(CancellationToken cancellationToken = default)
    {
        var ownerId = owner.Required();
        if (caughtUp.Contains(ownerId))
        {
            return;
        }
        // Answered by the small partial indexes of rows still waiting, so a fully indexed journal costs nothing here.
        var waiting = await db.ThoughtEntries.Where(e => e.SearchTerms == null).Select(e => e.Id)
            .Concat(db.Reframes.Where(r => r.SearchTerms == null).Select(r => r.Id))
            .AnyAsync(cancellationToken);
        if (!waiting)
        {
            caughtUp.Add(ownerId);
            return;
        }
        using var sealer = cipher.For(ownerId);
        var entries = await IndexWaitingAsync(db.ThoughtEntries,
            (id, text) => SealedEntry.Open(text, id, sealer).Words.Parts().Select(p => p.Text), sealer, cancellationToken);
        var reframes = await IndexWaitingAsync(db.Reframes,
            (id, text) => SealedReframe.Open(text, id, sealer).Steps.Steps().Select(s => s.Text), sealer, cancellationToken);
        logger.LogInformation("Indexed {Entries} entries and {Reframes} reframes written before search terms were kept", entries, reframes);
        caughtUp.Add(ownerId);
    }

    private async Task<int> IndexWaitingAsync<T>(DbSet<T> records, Func<Guid, byte[], IEnumerable<string?>> textsOf, OwnerCipher sealer,
        CancellationToken cancellationToken) where T : class, ISearchableRecord
    {
        var indexed = 0;
        while (true)
        {
            var rows = await records.AsNoTracking().Where(r => r.SearchTerms == null)
                .Select(r => new { r.Id, r.TextCipher }).Take(Batch).ToListAsync(cancellationToken);
            if (rows.Count == 0)
            {
                return indexed;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var row in rows)
            {
                var terms = SearchWords.Terms(textsOf(row.Id, row.TextCipher), sealer);
                // Only if still unindexed: an edit saved meanwhile has written terms from its newer words.
                await records.Where(r => r.Id == row.Id && r.SearchTerms == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.SearchTerms, terms), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            indexed += rows.Count;
        }
    }
}

/// <summary>A record whose sealed words are found through the blind index.</summary>
public interface ISearchableRecord
{
    Guid Id { get; }

    byte[] TextCipher { get; }

    long[]? SearchTerms { get; set; }
}
