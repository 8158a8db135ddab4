using Microsoft.EntityFrameworkCore;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
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
        var entries = db.ThoughtEntries.AsNoTracking();
        if (!string.IsNullOrEmpty(query.Pattern))
        {
            entries = entries.Where(e => e.Patterns.Contains(query.Pattern));
        }
        if (!string.IsNullOrEmpty(query.Emotion))
        {
            entries = entries.Where(e => e.EmotionKeys.Contains(query.Emotion));
        }
        var zone = query.Zone ?? TimeZoneInfo.Utc;
        if (query.From is { } from)
        {
            var start = LocalTime.StartOfDay(from, zone);
            entries = entries.Where(e => e.CreatedAt >= start);
        }
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = LocalTime.StartOfDay(to.AddDays(1), zone);
            entries = entries.Where(e => e.CreatedAt < end);
        }
        if (query.After is { } cursor)
        {
            // A row-value comparison, (created, id) < (cursor): the index on (owner, created, id) then starts at the
            // cursor under any plan. Spelled as "earlier, or as early with a smaller id", PostgreSQL can only filter,
            // and a plan made for any cursor walked a heavy journal from the top to reach page 500.
            var (createdAt, id) = cursor;
            entries = entries.Where(e => EF.Functions.LessThan(ValueTuple.Create(e.CreatedAt, e.Id), ValueTuple.Create(createdAt, id)));
        }
        var search = Characters.Clean(query.Search);
        if (search is not null)
        {
            return await SearchAsync(entries, search, cancellationToken);
        }
        if (string.IsNullOrEmpty(query.Pattern) && string.IsNullOrEmpty(query.Emotion))
        {
            return await PageAsync(entries, cancellationToken);
        }
        // How many entries hold the pattern or the feeling decides between their index and the walk by date.
        return await PageAsync(entries.TagWith(PlannedForItsValues.Tag), cancellationToken);
    }

    private async Task<JournalPage> PageAsync(IQueryable<ThoughtEntry> entries, CancellationToken cancellationToken)
    {
        var rows = await entries
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Take(PageSize + 1)
            .Select(e => new CardRow(e.Id, e.CreatedAt, e.TextCipher, e.Patterns, e.Belief,
                e.Reframes.OrderByDescending(r => r.CreatedAt).Select(r => (int?)r.BeliefAfter).FirstOrDefault()))
            .ToListAsync(cancellationToken);
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

    /// <summary>
    /// Text is encrypted, so the database searches its blind index instead (docs/adr/0009): the searched words' keyed
    /// hashes must all be among an entry's, or among one of its reframes'. The cost follows the matches, not the size
    /// of the journal, and results page like the plain journal.
    /// </summary>
    private async Task<JournalPage> SearchAsync(IQueryable<ThoughtEntry> entries, string search, CancellationToken cancellationToken)
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
        // The newest page's worth of entries whose own words match, and of those matched through a reframe (with the
        // same filters and cursor, however many reframes match), each chosen on its own (an OR of the two would keep
        // PostgreSQL from choosing between the GIN index and the walk by date); the page is the newest of both. One
        // statement, so one round trip.
        var direct = entries.Where(e => terms.All(t => e.SearchTerms!.Contains(t)))
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(PageSize + 1).Select(e => e.Id);
        var throughReframes = entries
            .Join(db.Reframes.Where(r => terms.All(t => r.SearchTerms!.Contains(t))), e => e.Id, r => r.EntryId, (e, r) => new { e.Id, e.CreatedAt })
            .Distinct().OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(PageSize + 1).Select(e => e.Id);
        var matched = direct.Union(throughReframes);
        return await PageAsync(db.ThoughtEntries.AsNoTracking().Where(e => matched.Contains(e.Id)).TagWith(PlannedForItsValues.Tag), cancellationToken);
    }

    private sealed record CardRow(Guid Id, DateTimeOffset CreatedAt, byte[] TextCipher, List<string> Patterns, int Belief, int? LatestBeliefAfter);
}
