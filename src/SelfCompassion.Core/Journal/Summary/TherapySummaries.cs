using Microsoft.EntityFrameworkCore;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Ownership;
using SelfCompassion.Progress;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Summary;

/// <summary>
/// Builds the summary to bring to therapy. Counts and averages are worked out by the database, once per change
/// (<see cref="SummaryCache"/>), not again for each page; only one page of thought records is opened at a time, so a
/// range of years is as quick as a month.
/// </summary>
public sealed class TherapySummaries(AppDbContext db, ICurrentOwner owner, TextCipher cipher, SummaryCache cache, TimeProvider time)
{
    public const int PageSize = 50;

    public async Task<Outcome<TherapySummary>> BuildAsync(SummaryRequest request, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        var range = request.Range(LocalTime.Day(time.GetUtcNow(), zone));
        if (!range.Succeeded)
        {
            return Outcome<TherapySummary>.Invalid(range.Errors);
        }
        var (from, to) = range.Value;
        var start = LocalTime.StartOfDay(from, zone);
        var end = LocalTime.StartOfDay(to.AddDays(1), zone);
        // The same range as RecordsPage's, which reads the page of records.
        var entries = db.ThoughtEntries.AsNoTracking().Where(e => e.CreatedAt >= start && e.CreatedAt < end);
        // Read before working out: a change made meanwhile moves the stamp on, so the next view works them out again.
        var version = await ProgressStamp.CurrentAsync(db, cancellationToken);
        var figures = await cache.GetOrWorkOutAsync(new SummaryCache.Key(owner.Required(), version, start, end),
            () => FiguresAsync(entries, start, end, cancellationToken), cancellationToken);
        var pageCount = Math.Max(1, (figures.EntryCount + PageSize - 1) / PageSize);
        var page = Math.Clamp(request.Page, 1, pageCount);

        return Outcome<TherapySummary>.Done(new TherapySummary
        {
            From = from,
            To = to,
            Request = request,
            EntryCount = figures.EntryCount,
            ReframedCount = figures.ReframedCount,
            AverageBelief = figures.AverageBelief,
            Patterns = request.Patterns ? figures.Patterns : [],
            CheckIns = request.CheckIns ? figures.CheckIns : [],
            Practices = request.Practices ? figures.Practices : [],
            Entries = request.Entries ? await EntryPageAsync(start, end, page, cancellationToken) : [],
            Page = page,
            PageCount = request.Entries ? pageCount : 1,
        });
    }

    private async Task<SummaryFigures> FiguresAsync(IQueryable<ThoughtEntry> entries, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var entryCount = await entries.CountAsync(cancellationToken);
        // One pair of small numbers per reframed entry: averaged here, whatever the range.
        var beliefs = await entries.Where(e => e.Reframes.Any())
            .Select(e => new { e.Belief, After = e.Reframes.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Select(r => r.BeliefAfter).First() })
            .ToListAsync(cancellationToken);
        var checkIns = await db.CheckIns.AsNoTracking().Where(c => c.TakenAt >= start && c.TakenAt < end).OrderBy(c => c.TakenAt)
            .Select(c => new { c.TakenAt, c.Score }).ToListAsync(cancellationToken);
        var practices = await db.PracticeSessions.AsNoTracking().Where(p => p.CompletedAt >= start && p.CompletedAt < end)
            .GroupBy(p => p.Kind).Select(g => new { Kind = g.Key, Count = g.Count(), Seconds = g.Sum(p => p.DurationSeconds) })
            .ToListAsync(cancellationToken);
        return new SummaryFigures(
            entryCount,
            beliefs.Count,
            beliefs.Count == 0 ? null : (beliefs.Average(b => b.Belief), beliefs.Average(b => b.After)),
            await PatternsAsync(entries, cancellationToken),
            checkIns.Select(c => (c.TakenAt, c.Score)).ToList(),
            practices.OrderBy(g => g.Kind).Select(g => (g.Kind, g.Count, g.Seconds / 60)).ToList());
    }

    private static async Task<List<(string, int)>> PatternsAsync(IQueryable<ThoughtEntry> entries, CancellationToken cancellationToken) =>
        (await entries.SelectMany(e => e.Patterns).GroupBy(p => p).Select(g => new { Pattern = g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Pattern, StringComparer.Ordinal).Select(p => (p.Pattern, p.Count)).ToList();

    /// <summary>
    /// A page of the range's records, oldest first, compiled once: it is read on every view, while the figures above are
    /// worked out once per change (docs/adr/0016). Read in the index's order, so a plan kept for any person never reads
    /// and sorts the whole range of someone who writes a lot (docs/adr/0020).
    /// </summary>
    private static readonly Func<AppDbContext, DateTimeOffset, DateTimeOffset, int, IAsyncEnumerable<ThoughtEntry>> RecordsPage =
        EF.CompileAsyncQuery(ReadInIndexOrder.Apply<Func<AppDbContext, DateTimeOffset, DateTimeOffset, int, IQueryable<ThoughtEntry>>>(
            (db, start, end, skip) => db.ThoughtEntries.AsNoTracking()
            .Where(e => e.CreatedAt >= start && e.CreatedAt < end).OrderBy(e => e.CreatedAt).ThenBy(e => e.Id).Skip(skip).Take(PageSize)
            .Select(WholeEntries.EntryWithoutTerms)));

    private async Task<List<EntryView>> EntryPageAsync(DateTimeOffset start, DateTimeOffset end, int page, CancellationToken cancellationToken)
    {
        var rows = await WholeEntries.WithPartsAsync(db, await RecordsPage(db, start, end, (page - 1) * PageSize).ToListAsync(cancellationToken),
            cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }
        using var sealer = cipher.For(rows[0].OwnerId);
        return rows.Select(e => EntryView.Read(e, sealer)).ToList();
    }
}
