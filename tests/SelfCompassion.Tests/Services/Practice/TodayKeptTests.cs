using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using SelfCompassion.Today;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Practice;

/// <summary>
/// Today's page is worked out once and kept until something it reads changes, or until time alone changes it: the
/// tests move the clock, or change the data behind the app's back in plain SQL, as another instance would.
/// </summary>
public class TodayKeptTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static Task<TodayOverview> TodayAsync(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<TodayService>().GetAsync();

    private async Task<T> AtAsync<T>(DateTimeOffset at, Func<Task<T>> act)
    {
        app.Clock.Freeze(at);
        try
        {
            return await act();
        }
        finally
        {
            app.Clock.Thaw();
        }
    }

    private static async Task<Guid> ReframedAsync(AsyncServiceScope scope, string thought = "I always mess everything up")
    {
        var id = (await scope.Entries().CreateAsync(Entry(thought, belief: 80))).Id!.Value;
        await scope.Reframes().AddAsync(id, Reframe(beliefAfter: 40));
        return id;
    }

    [Fact]
    public async Task Todays_figures_are_worked_out_once_per_change_and_keep_no_words()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry("Nobody would miss me at the party"))).Id!.Value;
        Assert.Equal("Nobody would miss me at the party", Assert.Single((await TodayAsync(scope)).Waiting).Preview);

        var version = await ProgressStamp.CurrentAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        var kept = await app.Services.GetRequiredService<TodayCache>().GetOrWorkOutAsync(new TodayCache.Key(owner, version),
            () => throw new InvalidOperationException("Worked out again, though nothing changed."), CancellationToken.None);
        Assert.Equal(id, Assert.Single(kept.Waiting));
    }

    [Fact]
    public async Task A_thought_answered_three_days_ago_is_offered_when_the_time_comes_with_nothing_else_changed()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var answered = DateTimeOffset.UtcNow.AddDays(-10);
        await AtAsync(answered, () => ReframedAsync(scope, "I make everything harder"));

        var early = await AtAsync(answered.AddDays(2), () => TodayAsync(scope));
        Assert.Null(early.ToReRate);
        Assert.Equal("In the last 30 days, reframing eased your belief in self-critical thoughts by 40 points on average.", early.ProgressLine);

        var due = await AtAsync(answered.AddDays(3).AddSeconds(1), () => TodayAsync(scope));
        Assert.Equal("I make everything harder", due.ToReRate?.Preview);
        Assert.Equal((80, 40), (due.ToReRate!.BeliefWritten, due.ToReRate.BeliefAfterReframe));
    }

    [Fact]
    public async Task The_30_day_line_lets_go_of_a_reframe_as_it_leaves_the_window()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var answered = DateTimeOffset.UtcNow.AddDays(-40);
        await AtAsync(answered, () => ReframedAsync(scope));

        Assert.NotNull((await AtAsync(answered.AddDays(29), () => TodayAsync(scope))).ProgressLine);
        Assert.Null((await AtAsync(answered.AddDays(30).AddSeconds(1), () => TodayAsync(scope))).ProgressLine);
    }

    [Fact]
    public async Task A_letter_is_offered_for_rereading_when_it_is_due_with_nothing_else_changed()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var written = DateTimeOffset.UtcNow.AddDays(-10);
        var practices = scope.ServiceProvider.GetRequiredService<PracticeSessions>();
        var saved = await AtAsync(written, () => practices.SaveAsync(PracticeKind.Letter, new PracticeInput { Minutes = 5, Texts = ["Dear me, you have come so far."] }));

        Assert.Null((await AtAsync(written.AddDays(1), () => TodayAsync(scope))).LetterToReread);
        Assert.Equal(saved.Id, (await AtAsync(written.Add(PracticeSessions.LetterRereadAfter).AddSeconds(1), () => TodayAsync(scope))).LetterToReread?.Id);
    }

    [Fact]
    public async Task The_three_newest_waiting_thoughts_and_one_to_look_at_again_are_read_together()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var answered = await AtAsync(DateTimeOffset.UtcNow.AddDays(-5), () => ReframedAsync(scope, "I make everything harder"));
        foreach (var thought in new[] { "First", "Second", "Third", "Fourth" })
        {
            await scope.Entries().CreateAsync(Entry($"{thought} harsh thought"));
        }

        var today = await TodayAsync(scope);
        Assert.Equal(["Fourth harsh thought", "Third harsh thought", "Second harsh thought"], today.Waiting.Select(w => w.Preview));
        Assert.Equal((answered, "I make everything harder"), (today.ToReRate?.EntryId, today.ToReRate?.Preview));
    }

    [Fact]
    public async Task A_later_look_saved_elsewhere_ends_the_offer_at_once()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = await AtAsync(DateTimeOffset.UtcNow.AddDays(-5), () => ReframedAsync(scope));
        Assert.Equal(id, (await TodayAsync(scope)).ToReRate?.EntryId);

        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlAsync(
            $"""INSERT INTO belief_follow_ups ("Id", "EntryId", "OwnerId", "RatedAt", "Belief") VALUES (gen_random_uuid(), {id}, {owner}, now(), 30)""");

        Assert.Null((await TodayAsync(scope)).ToReRate);
    }

    [Fact]
    public async Task A_practice_leaving_the_30_day_window_leaves_the_line_with_nothing_else_changed()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var practised = DateTimeOffset.UtcNow.AddDays(-40);
        var practices = scope.ServiceProvider.GetRequiredService<PracticeSessions>();
        await AtAsync(practised, () => practices.SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 2 }));

        Assert.Equal("In the last 30 days you made time for 1 practice.", (await AtAsync(practised.AddDays(29), () => TodayAsync(scope))).ProgressLine);
        Assert.Null((await AtAsync(practised.AddDays(30).AddSeconds(1), () => TodayAsync(scope))).ProgressLine);
    }

    [Fact]
    public async Task One_persons_today_never_shows_anothers_thoughts()
    {
        var owner = await People.CreateAsync(app);
        var other = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await using var otherScope = People.ScopeFor(app, other);
        // One entry each: both stamps stand at the same version, so only whose they are tells their pages apart.
        await otherScope.Entries().CreateAsync(Entry("Only theirs to see"));
        await scope.Entries().CreateAsync(Entry("Only mine to see"));

        Assert.Equal("Only theirs to see", Assert.Single((await TodayAsync(otherScope)).Waiting).Preview);
        Assert.Equal("Only mine to see", Assert.Single((await TodayAsync(scope)).Waiting).Preview);
    }

    [Fact]
    public void Deleting_an_account_reaches_everything_kept_for_people()
    {
        var forgetters = app.Services.GetServices<SelfCompassion.Common.IForgetsPerson>().ToList();
        Assert.Contains(app.Services.GetRequiredService<TodayCache>(), forgetters);
        Assert.Contains(app.Services.GetRequiredService<ProgressCache>(), forgetters);
        Assert.Contains(app.Services.GetRequiredService<SelfCompassion.Journal.Summary.SummaryCache>(), forgetters);
        Assert.Contains(app.Services.GetRequiredService<SelfCompassion.Journal.Search.CaughtUpOwners>(), forgetters);
    }
}
