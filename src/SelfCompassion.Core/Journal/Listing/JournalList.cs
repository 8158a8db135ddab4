using Microsoft.EntityFrameworkCore;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Listing;

/// <summary>The journal newest first, a page at a time, filtered by choices or searched for the person's own words.</summary>
public sealed class JournalList(AppDbContext db, ICurrentOwner owner, TextCipher cipher)
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
            entries = entries.Where(e => e.CreatedAt < cursor.CreatedAt || (e.CreatedAt == cursor.CreatedAt && e.Id < cursor.Id));
        }
        var search = Characters.Clean(query.Search);
        return search is null ? await PageAsync(entries, cancellationToken) : await SearchAsync(entries, search, cancellationToken);
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
            .Select(r => new EntrySummary(r.Id, r.CreatedAt, EntrySummary.Preview(SealedEntry.Open(r.TextCipher, r.Id, sealer).Words.Thought ?? ""), r.Patterns, r.Belief, r.LatestBeliefAfter))
            .ToList();
        return new JournalPage(page, rows.Count > PageSize ? new JournalCursor(page[^1].CreatedAt, page[^1].Id) : null);
    }

    /// <summary>
    /// Text is encrypted, so the database cannot search it: the person's entries are decrypted here, in memory,
    /// matched, and the first page of matches shown like the plain journal.
    /// </summary>
    private async Task<JournalPage> SearchAsync(IQueryable<ThoughtEntry> entries, string search, CancellationToken cancellationToken)
    {
        // Only what matching needs: the card's other details are fetched for the one page of results.
        var rows = await entries.Select(e => new { e.Id, e.CreatedAt, e.TextCipher }).ToListAsync(cancellationToken);
        var reframes = (await db.Reframes.AsNoTracking()
                .Where(r => entries.Select(e => e.Id).Contains(r.EntryId))
                .Select(r => new { r.Id, r.EntryId, r.TextCipher })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.EntryId);

        var matches = new List<(DateTimeOffset CreatedAt, Guid Id)>();
        if (rows.Count > 0)
        {
            using var sealer = cipher.For(owner.Required());
            foreach (var row in rows)
            {
                if (SealedEntry.Open(row.TextCipher, row.Id, sealer).Words.Parts().Any(p => Contains(p.Text, search))
                    || reframes[row.Id].Any(r => SealedReframe.Open(r.TextCipher, r.Id, sealer).Steps.Steps().Any(s => Contains(s.Text, search))))
                {
                    matches.Add((row.CreatedAt, row.Id));
                }
            }
        }
        var ordered = matches.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).ToList();
        var pageIds = ordered.Take(PageSize).Select(m => m.Id).ToList();
        var page = await PageAsync(entries.Where(e => pageIds.Contains(e.Id)), cancellationToken);
        var last = page.Entries.LastOrDefault();
        return new JournalPage(page.Entries, ordered.Count > PageSize && last is not null ? new JournalCursor(last.CreatedAt, last.Id) : null);
    }

    private static bool Contains(string? text, string search) => text is not null && text.Contains(search, StringComparison.OrdinalIgnoreCase);

    private sealed record CardRow(Guid Id, DateTimeOffset CreatedAt, byte[] TextCipher, List<string> Patterns, int Belief, int? LatestBeliefAfter);
}
