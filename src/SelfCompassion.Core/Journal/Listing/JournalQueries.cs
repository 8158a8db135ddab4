using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;

namespace SelfCompassion.Journal.Listing;

/// <summary>What a journal card is read from; its thought is opened only for the page.</summary>
internal sealed record CardRow(Guid Id, DateTimeOffset CreatedAt, byte[] TextCipher, List<string> Patterns, int Belief, int? LatestBeliefAfter);

/// <summary>
/// The journal's reads, each compiled once: translating them afresh took 12-15% of every search (docs/adr/0016).
/// Their bounds are parameters (<see cref="JournalBounds"/>), so one query serves every filter.
/// </summary>
internal static class JournalQueries
{
    private const int PageSize = JournalList.PageSize;

    private static readonly Expression<Func<ThoughtEntry, CardRow>> Card = e => new CardRow(e.Id, e.CreatedAt, e.TextCipher, e.Patterns, e.Belief,
        e.Reframes.OrderByDescending(r => r.CreatedAt).Select(r => (int?)r.BeliefAfter).FirstOrDefault());

    /// <summary>A page of cards, newest first, and one more to tell whether another page follows.</summary>
    private static readonly Expression<Func<AppDbContext, string?, string?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, Guid?, IQueryable<CardRow>>> Newest =
        (db, pattern, emotion, start, end, afterCreatedAt, afterId) => db.ThoughtEntries.AsNoTracking()
            .Where(e => JournalBounds.Holds(e, pattern, emotion, start, end, afterCreatedAt, afterId))
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(PageSize + 1).Select(Card);

    /// <summary>
    /// The page by date alone, read in the index's order (docs/adr/0020): a plan kept for any person would otherwise
    /// read and sort the whole journal of someone who writes a lot.
    /// </summary>
    public static readonly Func<AppDbContext, string?, string?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, Guid?, IAsyncEnumerable<CardRow>> List =
        EF.CompileAsyncQuery(ReadInIndexOrder.Apply(JournalBounds.Inline(Newest)));

    /// <summary>
    /// The same page when a pattern or a feeling is chosen: how many entries hold it decides between their index and the
    /// walk by date, so it is planned for its values (docs/adr/0010).
    /// </summary>
    public static readonly Func<AppDbContext, string?, string?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, Guid?, IAsyncEnumerable<CardRow>> ListByChoice =
        EF.CompileAsyncQuery(PlannedForItsValues.Apply(JournalBounds.Inline(Newest)));

    /// <summary>
    /// The newest page's worth of entries whose own words match, and of those matched through a reframe (with the same
    /// bounds, however many reframes match), each chosen on its own (an OR of the two would keep PostgreSQL from
    /// choosing between the GIN index and the walk by date); the page is the newest of both. One statement, so one
    /// round trip, planned for its values.
    /// </summary>
    public static readonly Func<AppDbContext, string?, string?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, Guid?, long[], IAsyncEnumerable<CardRow>> Search =
        EF.CompileAsyncQuery(JournalBounds.Inline<Func<AppDbContext, string?, string?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, Guid?, long[], IQueryable<CardRow>>>(
            (db, pattern, emotion, start, end, afterCreatedAt, afterId, terms) =>
            db.ThoughtEntries.AsNoTracking().TagWith(PlannedForItsValues.Tag).Where(e =>
                db.ThoughtEntries
                    .Where(d => JournalBounds.Holds(d, pattern, emotion, start, end, afterCreatedAt, afterId) && terms.All(t => d.SearchTerms!.Contains(t)))
                    .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(PageSize + 1).Select(d => d.Id)
                    .Union(db.ThoughtEntries
                        .Where(d => JournalBounds.Holds(d, pattern, emotion, start, end, afterCreatedAt, afterId))
                        .Join(db.Reframes.Where(r => terms.All(t => r.SearchTerms!.Contains(t))), d => d.Id, r => r.EntryId, (d, r) => new { d.Id, d.CreatedAt })
                        .Distinct().OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(PageSize + 1).Select(d => d.Id))
                    .Contains(e.Id))
                .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(PageSize + 1).Select(Card)));
}
