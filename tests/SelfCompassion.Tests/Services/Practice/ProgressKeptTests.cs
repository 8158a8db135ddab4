using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using SelfCompassion.Web.Components.Charts;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Practice;

/// <summary>
/// A progress report is worked out once and kept until something it counts changes: the tests change the data
/// behind the app's back, in plain SQL, as another instance or a cascade would, and the next report must show it.
/// </summary>
public class ProgressKeptTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<ProgressReport> ReportAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<ProgressReports>().GetAsync(ProgressRange.AllTime, TimeZoneInfo.Utc);

    /// <summary>One entry believed at 80, reframed down to 40.</summary>
    private static async Task ReframedAsync(AsyncServiceScope scope)
    {
        var id = (await scope.Entries().CreateAsync(Entry(belief: 80))).Id!.Value;
        await scope.Reframes().AddAsync(id, Reframe(beliefAfter: 40));
    }

    private static Task ChangeAsync(AsyncServiceScope scope, FormattableString sql) =>
        scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlAsync(sql);

    [Fact]
    public async Task A_report_is_kept_until_anything_it_counts_changes_wherever_the_change_came_from()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await ReframedAsync(scope);

        var first = await ReportAsync(scope);
        Assert.Equal(40, first.AverageBeliefDrop);
        Assert.Same(first, await ReportAsync(scope));

        await ChangeAsync(scope, $"""UPDATE reframes SET "BeliefAfter" = 10 WHERE "OwnerId" = {owner}""");
        Assert.Equal(70, (await ReportAsync(scope)).AverageBeliefDrop);

        await ChangeAsync(scope, $"""UPDATE thought_entries SET "Patterns" = ARRAY['comparing'] WHERE "OwnerId" = {owner}""");
        Assert.Equal(["Comparing"], (await ReportAsync(scope)).Patterns.Select(p => p.Name));

        await scope.ServiceProvider.GetRequiredService<PracticeSessions>().SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 2 });
        Assert.Equal(1, (await ReportAsync(scope)).Practices.Sum(w => w.Practices));

        await ChangeAsync(scope, $"""INSERT INTO check_ins ("Id", "OwnerId", "TakenAt", "Score", "Answers") SELECT gen_random_uuid(), {owner}, now(), 3.5, ARRAY[3,4]""");
        Assert.Equal([3.5m], (await ReportAsync(scope)).CheckIns.Select(c => c.Score));

        // Deleting the entry takes its reframe with it, by cascade, in the database.
        await ChangeAsync(scope, $"""DELETE FROM thought_entries WHERE "OwnerId" = {owner}""");
        var after = await ReportAsync(scope);
        Assert.Empty(after.Belief);
        Assert.Null(after.AverageBeliefDrop);
    }

    [Fact]
    public async Task One_persons_change_leaves_anothers_kept_report_as_it_is()
    {
        var owner = await People.CreateAsync(app);
        var other = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await using var otherScope = People.ScopeFor(app, other);
        var kept = await ReportAsync(scope);

        var id = (await otherScope.Entries().CreateAsync(Entry())).Id!.Value;
        await otherScope.Reframes().AddAsync(id, Reframe());

        Assert.Same(kept, await ReportAsync(scope));
        Assert.Single((await ReportAsync(otherScope)).Belief);
    }

    [Fact]
    public async Task Reports_kept_for_a_deleted_account_are_dropped_at_once()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var kept = await ReportAsync(scope);

        app.Services.GetRequiredService<ProgressCache>().Forget(owner);

        Assert.NotSame(kept, await ReportAsync(scope));
    }

    [Fact]
    public async Task A_kept_report_is_drawn_once_and_a_changed_one_is_drawn_anew()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await ReframedAsync(scope);
        var charts = scope.ServiceProvider.GetRequiredService<ChartsDrawnOnce>();

        var drawn = (await charts.DrawAsync(await ReportAsync(scope))).Value!;
        Assert.Contains("belief went from 80 to 40 on average", drawn);
        Assert.Same(drawn, (await charts.DrawAsync(await ReportAsync(scope))).Value);

        await ChangeAsync(scope, $"""UPDATE reframes SET "BeliefAfter" = 10 WHERE "OwnerId" = {owner}""");
        var redrawn = (await charts.DrawAsync(await ReportAsync(scope))).Value!;
        Assert.Contains("belief went from 80 to 10 on average", redrawn);
    }

    [Fact]
    public async Task Views_arriving_together_after_a_change_share_one_working_out()
    {
        var owner = await People.CreateAsync(app);
        await using (var scope = People.ScopeFor(app, owner))
        {
            await ReframedAsync(scope);
        }

        // Each view has its own scope, as each request does; none of them finds a kept report.
        var scopes = Enumerable.Range(0, 8).Select(_ => People.ScopeFor(app, owner)).ToList();
        var reports = await Task.WhenAll(scopes.Select(scope => Task.Run(() => ReportAsync(scope))));
        foreach (var scope in scopes)
        {
            await scope.DisposeAsync();
        }

        Assert.All(reports, report => Assert.Same(reports[0], report));
    }
}
