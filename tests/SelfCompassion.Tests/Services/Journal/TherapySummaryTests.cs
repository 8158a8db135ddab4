using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Journal.Summary;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

public class TherapySummaryTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly DateTimeOffset Today = new(2026, 6, 30, 12, 0, 0, TimeSpan.Zero);

    private static TherapySummaries Summaries(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<TherapySummaries>();

    private async Task<Guid> WriteAtAsync(AsyncServiceScope scope, DateTimeOffset at, string thought, int? beliefAfter = null)
    {
        app.Clock.Freeze(at);
        var id = (await scope.Entries().CreateAsync(Entry(thought))).Id!.Value;
        if (beliefAfter is { } after)
        {
            await scope.Reframes().AddAsync(id, Reframe(after));
        }
        return id;
    }

    private async Task<TherapySummary> BuildAsync(AsyncServiceScope scope, SummaryRequest request)
    {
        app.Clock.Freeze(Today);
        try
        {
            var result = await Summaries(scope).BuildAsync(request, TimeZoneInfo.Utc);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors?.Select(e => e.Message) ?? []));
            return result.Value!;
        }
        finally
        {
            app.Clock.Thaw();
        }
    }

    [Fact]
    public async Task By_default_the_last_30_days_are_summarised_oldest_first_with_belief_before_and_after()
    {
        var owner = await People.CreateAsync(app);
        var other = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await WriteAtAsync(scope, Today.AddDays(-45), "Too long ago");
        await WriteAtAsync(scope, Today.AddDays(-20), "I ruin every plan", beliefAfter: 30);
        await WriteAtAsync(scope, Today.AddDays(-2), "Nobody wants me there");
        await scope.ServiceProvider.GetRequiredService<PracticeSessions>().SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 5 });
        await using (var theirs = People.ScopeFor(app, other))
        {
            await WriteAtAsync(theirs, Today.AddDays(-3), "Someone else's thought");
        }

        var summary = await BuildAsync(scope, new SummaryRequest());
        Assert.Equal((new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), (summary.From, summary.To));
        Assert.Equal(["I ruin every plan", "Nobody wants me there"], summary.Entries.Select(e => e.Thought));
        Assert.Equal((2, 1), (summary.EntryCount, summary.ReframedCount));
        Assert.Equal((80d, 30d), summary.AverageBelief);
        Assert.Equal([("labelling", 2), ("overgeneralising", 2)], summary.Patterns);
        Assert.Equal(PracticeKind.Pause, Assert.Single(summary.Practices).Kind);
    }

    [Fact]
    public async Task Only_what_is_chosen_is_included()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await WriteAtAsync(scope, Today.AddDays(-1), "I ruin every plan");
        var summary = await BuildAsync(scope, new SummaryRequest { Entries = false, Patterns = false, Practices = false });
        Assert.Empty(summary.Entries);
        Assert.Empty(summary.Patterns);
        Assert.Equal(1, summary.EntryCount);
    }

    [Theory]
    [InlineData("2026-06-20", "2026-06-01", "From", "The start date is after the end date. Please choose a start date on or before the end.")]
    [InlineData("last tuesday", null, "From", "Please enter a date like 2026-03-01.")]
    [InlineData(null, "2026-02-30", "To", "Please enter a date like 2026-03-01.")]
    public async Task A_range_that_cannot_be_used_is_explained(string? from, string? to, string field, string message)
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var result = await Summaries(scope).BuildAsync(new SummaryRequest { From = from, To = to }, TimeZoneInfo.Utc);
        var error = Assert.Single(result.Errors!);
        Assert.Equal((field, message), (error.Field, error.Message));
    }

    [Fact]
    public async Task Choosing_nothing_to_include_is_explained()
    {
        await using var scope = People.ScopeFor(app, await People.CreateAsync(app));
        var result = await Summaries(scope).BuildAsync(
            new SummaryRequest { Entries = false, Patterns = false, Belief = false, CheckIns = false, Practices = false }, TimeZoneInfo.Utc);
        Assert.Equal("Please choose at least one thing to include.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Years_of_entries_are_summarised_a_page_at_a_time_and_quickly()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        for (var i = 0; i < 120; i++)
        {
            await WriteAtAsync(scope, Today.AddDays(-i * 9), $"Thought number {i}", beliefAfter: i % 2 == 0 ? 40 : null);
        }

        var clock = Stopwatch.StartNew();
        var last = await BuildAsync(scope, new SummaryRequest { From = "2020-01-01", To = "2026-06-30", Page = 3 });
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"{clock.Elapsed.TotalMilliseconds:F0} ms");
        Assert.Equal((120, 60, 3, 3), (last.EntryCount, last.ReframedCount, last.Page, last.PageCount));
        Assert.Equal(20, last.Entries.Count);
        Assert.Equal((101, 120), (last.FirstOnPage, last.LastOnPage));
        Assert.Equal("Thought number 0", last.Entries[^1].Thought);

        var beyond = await BuildAsync(scope, new SummaryRequest { From = "2020-01-01", Page = 99 });
        Assert.Equal(3, beyond.Page);
    }

    [Fact]
    public async Task Counts_are_worked_out_once_and_again_after_any_change()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        for (var i = 0; i < 3; i++)
        {
            await WriteAtAsync(scope, Today.AddDays(-i), $"Thought number {i}", beliefAfter: 40);
        }
        Assert.Equal(3, (await BuildAsync(scope, new SummaryRequest())).EntryCount);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var version = await ProgressStamp.CurrentAsync(db, CancellationToken.None);
        var start = new DateTimeOffset(Today.Date.AddDays(-29), TimeSpan.Zero);
        var kept = await app.Services.GetRequiredService<SummaryCache>().GetOrWorkOutAsync(new SummaryCache.Key(owner, version, start, start.AddDays(30)),
            () => throw new InvalidOperationException("Worked out again, though nothing changed."), CancellationToken.None);
        Assert.Equal((3, 3), (kept.EntryCount, kept.ReframedCount));

        // Behind the app's back, as another instance would.
        await db.Database.ExecuteSqlAsync($"""UPDATE reframes SET "BeliefAfter" = 10 WHERE "OwnerId" = {owner}""");
        await db.Database.ExecuteSqlAsync($"""INSERT INTO check_ins ("Id", "OwnerId", "TakenAt", "Score", "Answers") VALUES (gen_random_uuid(), {owner}, {Today}, 4.5, ARRAY[4,5])""");
        var after = await BuildAsync(scope, new SummaryRequest());
        Assert.Equal(10, after.AverageBelief?.After);
        Assert.Equal([4.5m], after.CheckIns.Select(c => c.Score));
    }
}
