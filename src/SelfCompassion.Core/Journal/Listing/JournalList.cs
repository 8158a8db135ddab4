using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Search;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Listing;

/// <summary>The journal newest first, a page at a time, filtered by choices or searched for the person's own words.</summary>
public sealed class JournalList(AppDbContext db, ICurrentOwner owner, TextCipher cipher, SearchIndex index)
{
    public const int PageSize = 20;

    /// <summary>One call for the journal page: reads the filter form, then lists.</summary>
    public async Task<Outcome<JournalPage>> FindAsync(JournalFilters filters, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var query = filters.ToQuery(zone);
        return query.Value is null
            ? Outcome<JournalPage>.Invalid(query.Errors)
            : Outcome<JournalPage>.Done(await ListAsync(query.Value, cancellationToken));
    }

    public async Task<JournalPage> ListAsync(JournalQuery query, CancellationToken cancellationToken = default)
    {
        var bounds = JournalBounds.Of(query);
        var search = Characters.Clean(query.Search);
        if (search is not null)
        {
            return await SearchAsync(bounds, search, cancellationToken);
        }
        var read = bounds.ByChoice ? JournalQueries.ListByChoice : JournalQueries.List;
        return await PageAsync(read(db, bounds.Pattern, bounds.Emotion, bounds.Start, bounds.End, bounds.AfterCreatedAt, bounds.AfterId), cancellationToken);
    }

    /// <summary>
    /// Text is encrypted, so the database searches its blind index instead (docs/adr/0009): the searched words' keyed
    /// hashes must all be among an entry's, or among one of its reframes'. The cost follows the matches, not the size
    /// of the journal, and results page like the plain journal.
    /// </summary>
    private async Task<JournalPage> SearchAsync(JournalBounds bounds, string search, CancellationToken cancellationToken)
    {
        var words = SearchWords.Parse(search);
        if (words.Count == 0)
        {
            return new JournalPage([], null);
        }
        await index.CatchUpAsync(cancellationToken);
        long[] terms;
        using (var sealer = cipher.For(owner.Required()))
        {
            terms = SearchWords.Query(words, sealer);
        }
        return await PageAsync(JournalQueries.Search(db, bounds.Pattern, bounds.Emotion, bounds.Start, bounds.End, bounds.AfterCreatedAt, bounds.AfterId, terms),
            cancellationToken);
    }

    private async Task<JournalPage> PageAsync(IAsyncEnumerable<CardRow> read, CancellationToken cancellationToken)
    {
        var rows = await read.ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return new JournalPage([], null);
        }
        using var sealer = cipher.For(owner.Required());
        var page = rows.Take(PageSize)
            .Select(r => new EntrySummary(r.Id, r.CreatedAt, EntrySummary.Preview(r.TextCipher, r.Id, sealer), r.Patterns, r.Belief, r.LatestBeliefAfter))
            .ToList();
        return new JournalPage(page, rows.Count > PageSize ? new JournalCursor(page[^1].CreatedAt, page[^1].Id) : null);
    }
}
