using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Journal;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Practice;

public class ProgressTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static ProgressReports Progress(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ProgressReports>();

    private static PracticeSessions Practices(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<PracticeSessions>();

    private async Task<T> AtAsync<T>(DateTimeOffset moment, Func<Task<T>> action)
    {
        app.Clock.Freeze(moment);
        try
        {
            return await action();
        }
        finally
        {
            app.Clock.Thaw();
        }
    }

    [Fact]
    public async Task An_empty_history_is_empty_and_has_no_summary()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var report = await Progress(scope).GetAsync(ProgressRange.AllTime, TimeZoneInfo.Utc);
        Assert.True(report.IsEmpty);
        Assert.Null(report.AverageBeliefDrop);
        Assert.Empty(report.Emotions);
    }

    [Fact]
    public async Task A_single_reframe_is_a_single_point()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry(belief: 80))).Id!.Value;
        await scope.Reframes().AddAsync(id, Reframe(beliefAfter: 40));

        var report = await Progress(scope).GetAsync(ProgressRange.Last30Days, TimeZoneInfo.Utc);

        var point = Assert.Single(report.Belief);
        Assert.Equal((80.0, 40.0, 1), (point.Before, point.After, point.Reframes));
        Assert.Equal(40, report.AverageBeliefDrop);
        Assert.Equal([("Ashamed", 70.0, 30.0), ("In your own words", 55.0, 20.0)], report.Emotions.Select(e => (e.Label, e.Before, e.After)));
        Assert.Equal([("Overgeneralising", 1), ("Labelling", 1)], report.Patterns.Select(p => (p.Name, p.Count)).OrderByDescending(p => p.Name));
    }

    [Fact]
    public async Task Many_points_are_averaged_per_day_and_patterns_counted()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var day = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
        foreach (var (offset, after) in new[] { (0, 40), (1, 60), (24, 20) })
        {
            await AtAsync(day.AddHours(offset), async () =>
            {
                var id = (await scope.Entries().CreateAsync(Entry(belief: 80) with { Patterns = ["comparing"] })).Id!.Value;
                return await scope.Reframes().AddAsync(id, Reframe(beliefAfter: after));
            });
        }

        var report = await AtAsync(day.AddDays(2), () => Progress(scope).GetAsync(ProgressRange.Last30Days, TimeZoneInfo.Utc));

        Assert.Equal([(new DateOnly(2026, 11, 10), 80.0, 50.0), (new DateOnly(2026, 11, 11), 80.0, 20.0)],
            report.Belief.Select(b => (b.Period, b.Before, b.After)));
        Assert.Equal(40, report.AverageBeliefDrop);
        Assert.Equal(("Comparing", 3), (report.Patterns[0].Name, report.Patterns[0].Count));
    }

    [Fact]
    public async Task Days_and_weeks_are_the_persons_own_in_their_time_zone()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        // Sunday 23:30 UTC is already Monday 08:30 in Seoul: a new day and a new week there. Sunday 10:00 UTC is still Sunday in both.
        var sunday = new DateTimeOffset(2026, 11, 15, 23, 30, 0, TimeSpan.Zero);
        await AtAsync(sunday, () => Practices(scope).SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3, MoodBefore = 4, MoodAfter = 6 }));
        await AtAsync(sunday.AddHours(-13.5), () => Practices(scope).SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 1 }));
        await AtAsync(sunday, async () =>
        {
            var id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
            return await scope.Reframes().AddAsync(id, Reframe());
        });
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

        var utc = await AtAsync(sunday.AddDays(1), () => Progress(scope).GetAsync(ProgressRange.Last30Days, TimeZoneInfo.Utc));
        var local = await AtAsync(sunday.AddDays(1), () => Progress(scope).GetAsync(ProgressRange.Last30Days, seoul));

        Assert.Equal([(new DateOnly(2026, 11, 9), 2)], utc.Practices.Select(w => (w.PeriodStart, w.Practices)));
        Assert.Equal([(new DateOnly(2026, 11, 9), 1), (new DateOnly(2026, 11, 16), 1)], local.Practices.Select(w => (w.PeriodStart, w.Practices)));
        Assert.Equal(new DateOnly(2026, 11, 15), Assert.Single(utc.Belief).Period);
        Assert.Equal(new DateOnly(2026, 11, 16), Assert.Single(local.Belief).Period);
    }

    [Fact]
    public async Task Ranges_leave_out_what_is_older()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var now = new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
        await AtAsync(now.AddDays(-60), () => Practices(scope).SaveAsync(PracticeKind.Break, new PracticeInput { Minutes = 4 }));
        await AtAsync(now.AddDays(-5), () => Practices(scope).SaveAsync(PracticeKind.Break, new PracticeInput { Minutes = 4 }));

        static int Count(ProgressReport r) => r.Practices.Sum(w => w.Practices);
        Assert.Equal(1, Count(await AtAsync(now, () => Progress(scope).GetAsync(ProgressRange.Last30Days, TimeZoneInfo.Utc))));
        Assert.Equal(2, Count(await AtAsync(now, () => Progress(scope).GetAsync(ProgressRange.Last90Days, TimeZoneInfo.Utc))));
        Assert.True((await AtAsync(now, () => Progress(scope).GetAsync(ProgressRange.AllTime, TimeZoneInfo.Utc))).Grouping == ProgressGrouping.Week);
    }
}
