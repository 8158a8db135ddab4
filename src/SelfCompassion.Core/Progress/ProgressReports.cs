using Microsoft.EntityFrameworkCore;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal;
using SelfCompassion.Ownership;

namespace SelfCompassion.Progress;

/// <summary>
/// What a person can watch change: everything here is numbers and choices, never journal text, so nothing is
/// decrypted. Days and weeks are the person's own, in their time zone. A report is worked out once per change (see
/// <see cref="ProgressCache"/>): for someone with years of entries that is most of the page's cost.
/// </summary>
public sealed class ProgressReports(AppDbContext db, ICurrentOwner owner, ProgressCache cache, TimeProvider time)
{
    public async Task<ProgressReport> GetAsync(ProgressRange range, TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        // The window starts on a whole minute, so a report worked out once holds for everyone asking in that minute.
        var now = time.GetUtcNow();
        now = new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var since = range switch
        {
            ProgressRange.Last30Days => now.AddDays(-30),
            ProgressRange.Last90Days => now.AddDays(-90),
            _ => DateTimeOffset.MinValue,
        };
        // Read before the report is worked out: a change made meanwhile moves the stamp on, so the next page recomputes.
        var version = await ProgressStamp.CurrentAsync(db, cancellationToken);
        var key = new ProgressCache.Key(owner.Required(), range, zone.Id, since, version);
        return await cache.GetOrWorkOutAsync(key, () => ComputeAsync(range, zone, now, since, cancellationToken), cancellationToken);
    }

    private async Task<ProgressReport> ComputeAsync(ProgressRange range, TimeZoneInfo zone, DateTimeOffset now, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var reframes = await db.Reframes.AsNoTracking()
            .Where(r => r.CreatedAt >= since)
            .Select(r => new { r.CreatedAt, r.BeliefBefore, r.BeliefAfter })
            .ToListAsync(cancellationToken);
        var practices = await db.PracticeSessions.AsNoTracking()
            .Where(p => p.CompletedAt >= since)
            .Select(p => new { p.CompletedAt, p.MoodBefore, p.MoodAfter })
            .ToListAsync(cancellationToken);
        var grouping = Grouping(range, now, reframes.Select(r => r.CreatedAt).Concat(practices.Select(p => p.CompletedAt)));
        var belief = reframes
            .GroupBy(r => Period(r.CreatedAt, zone, grouping))
            .OrderBy(g => g.Key)
            .Select(g => new BeliefPoint(g.Key, Math.Round(g.Average(r => r.BeliefBefore), 1), Math.Round(g.Average(r => r.BeliefAfter), 1), g.Count()))
            .ToList();
        double? drop = reframes.Count == 0 ? null : Math.Round(reframes.Average(r => r.BeliefBefore - r.BeliefAfter), 0);

        var emotions = (await db.Reframes.AsNoTracking()
            .Where(r => r.CreatedAt >= since)
            .SelectMany(r => r.Emotions)
            .GroupBy(e => e.Key)
            .Select(g => new { g.Key, Before = g.Average(e => (double)e.Before), After = g.Average(e => (double)e.After), Count = g.Count() })
            .ToListAsync(cancellationToken))
            .Select(e => new EmotionShift(e.Key is null ? "In your own words" : Emotions.LabelFor(e.Key), Math.Round(e.Before, 1), Math.Round(e.After, 1), e.Count))
            .OrderByDescending(e => e.Before).ThenBy(e => e.Label, StringComparer.Ordinal)
            .ToList();

        var patterns = (await db.ThoughtEntries.AsNoTracking()
            .Where(e => e.CreatedAt >= since)
            .SelectMany(e => e.Patterns)
            .GroupBy(p => p)
            .Select(g => new { Key = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken))
            .OrderByDescending(p => p.Count).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Take(6)
            .Select(p => new PatternCount(Patterns.NameOf(p.Key), p.Count))
            .ToList();

        var periods = practices.GroupBy(p => Period(p.CompletedAt, zone, ProgressReport.PracticeGroupingFor(grouping))).OrderBy(g => g.Key).ToList();
        var perPeriod = periods.Select(g => new PracticeCount(g.Key, g.Count())).ToList();
        var moods = periods.Where(g => g.Any(p => p.MoodBefore is not null || p.MoodAfter is not null))
            .Select(g => new MoodPoint(g.Key, Average(g.Select(p => p.MoodBefore)), Average(g.Select(p => p.MoodAfter)), g.Count()))
            .ToList();

        var checkIns = (await db.CheckIns.AsNoTracking()
            .Where(c => c.TakenAt >= since)
            .OrderBy(c => c.TakenAt)
            .Select(c => new { c.TakenAt, c.Score })
            .ToListAsync(cancellationToken))
            .Select(c => new ScorePoint(LocalTime.Day(c.TakenAt, zone), c.Score))
            .ToList();

        var looks = await db.BeliefFollowUps.AsNoTracking()
            .GroupBy(f => f.EntryId)
            .Select(g => new { EntryId = g.Key, Latest = g.OrderByDescending(f => f.RatedAt).Select(f => f.Belief).First() })
            .Join(db.ThoughtEntries, l => l.EntryId, e => e.Id, (l, e) => new { e.Belief, l.Latest })
            .ToListAsync(cancellationToken);
        var lookedAgain = looks.Count == 0 ? null : new LookAgainSummary(looks.Count, looks.Average(l => l.Belief), looks.Average(l => l.Latest));

        return new ProgressReport(range, grouping, belief, emotions, checkIns, patterns, perPeriod, drop, moods, lookedAgain);
    }

    private static double? Average(IEnumerable<int?> values)
    {
        var given = values.OfType<int>().ToList();
        return given.Count == 0 ? null : Math.Round(given.Average(), 1);
    }

    /// <summary>Days for 30 or 90 days; weeks for all time, or months once what it covers runs past a year.</summary>
    private static ProgressGrouping Grouping(ProgressRange range, DateTimeOffset now, IEnumerable<DateTimeOffset> moments)
    {
        if (range != ProgressRange.AllTime)
        {
            return ProgressGrouping.Day;
        }
        var earliest = moments.DefaultIfEmpty(DateTimeOffset.MaxValue).Min();
        return earliest < now.AddDays(-365) ? ProgressGrouping.Month : ProgressGrouping.Week;
    }

    /// <summary>The local day, the Monday that starts its week, or the first of its month.</summary>
    private static DateOnly Period(DateTimeOffset at, TimeZoneInfo zone, ProgressGrouping grouping)
    {
        var day = LocalTime.Day(at, zone);
        return grouping switch
        {
            ProgressGrouping.Week => LocalTime.WeekStart(day),
            ProgressGrouping.Month => new DateOnly(day.Year, day.Month, 1),
            _ => day,
        };
    }
}
