using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Common;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Services.Care;

public class SafetyPlanServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static SafetyPlans Plans(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<SafetyPlans>();

    [Fact]
    public async Task A_plan_is_kept_only_as_ciphertext_and_read_back_by_its_owner_alone()
    {
        var owner = await People.CreateAsync(app);
        var other = await People.CreateAsync(app);
        await using (var scope = People.ScopeFor(app, owner))
        {
            var saved = await Plans(scope).SaveAsync(new SafetyPlanInput { WarningSigns = "Lying awake past three", PeopleToAsk = "Priya next door" }, null);
            Assert.True(saved.Succeeded);
        }

        await using (var nobody = People.ScopeFor(app, null))
        {
            var db = nobody.ServiceProvider.GetRequiredService<AppDbContext>();
            var row = await db.SafetyPlans.IgnoreQueryFilters().SingleAsync(p => p.OwnerId == owner);
            var raw = System.Text.Encoding.UTF8.GetString(row.TextCipher);
            Assert.DoesNotContain("Lying awake", raw, StringComparison.Ordinal);
            Assert.DoesNotContain("Priya", raw, StringComparison.Ordinal);
        }
        await using (var scope = People.ScopeFor(app, other))
        {
            Assert.Null(await Plans(scope).GetAsync());
        }
        await using (var scope = People.ScopeFor(app, owner))
        {
            var plan = await Plans(scope).GetAsync();
            Assert.Equal("Lying awake past three", plan!.WarningSigns);
            Assert.Equal("Priya next door", plan.PeopleToAsk);
        }
    }

    [Fact]
    public async Task Saving_over_a_version_changed_elsewhere_is_a_conflict_and_keeps_the_newer_plan()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await Plans(scope).SaveAsync(new SafetyPlanInput { OnMyOwn = "A hot shower" }, null);
        var opened = (await Plans(scope).GetAsync())!.Version;
        Assert.True((await Plans(scope).SaveAsync(new SafetyPlanInput { OnMyOwn = "A walk by the river" }, opened)).Succeeded);

        var stale = await Plans(scope).SaveAsync(new SafetyPlanInput { OnMyOwn = "Something older" }, opened);
        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        var again = await Plans(scope).SaveAsync(new SafetyPlanInput { OnMyOwn = "A first plan from another tab" }, null);
        Assert.Equal(OutcomeStatus.Conflict, again.Status);
        Assert.Equal("A walk by the river", (await Plans(scope).GetAsync())!.OnMyOwn);
    }

    [Fact]
    public async Task The_same_words_sent_again_from_an_older_version_are_saved_not_a_conflict()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var first = new SafetyPlanInput { OnMyOwn = "A hot shower", PeopleToAsk = "Priya next door" };
        var firstAgain = new SafetyPlanInput { OnMyOwn = "A hot shower", PeopleToAsk = "Priya next door" };
        Assert.Equal(OutcomeStatus.Done, (await Plans(scope).SaveAsync(first, null)).Status);
        Assert.Equal(OutcomeStatus.Done, (await Plans(scope).SaveAsync(firstAgain, null)).Status);
        var opened = (await Plans(scope).GetAsync())!.Version;
        var edit = new SafetyPlanInput { OnMyOwn = "A walk by the river", PeopleToAsk = "Priya next door" };
        Assert.Equal(OutcomeStatus.Done, (await Plans(scope).SaveAsync(edit, opened)).Status);

        var sentAgain = await Plans(scope).SaveAsync(edit with { }, opened);
        var changedSince = await Plans(scope).SaveAsync(edit with { PeopleToAsk = "Priya, or my brother" }, opened);

        Assert.Equal(OutcomeStatus.Done, sentAgain.Status);
        Assert.Equal(OutcomeStatus.Conflict, changedSince.Status);
        Assert.Equal("A walk by the river", (await Plans(scope).GetAsync())!.OnMyOwn);
        Assert.Equal("Priya next door", (await Plans(scope).GetAsync())!.PeopleToAsk);
    }

    [Fact]
    public async Task Over_long_and_empty_plans_are_explained_and_nothing_is_stored()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var tooLong = await Plans(scope).SaveAsync(new SafetyPlanInput { WarningSigns = "ok", Distractions = new string('x', 2_001) }, null);
        Assert.Equal("Please shorten this to 2,000 characters or fewer, so your plan still fits on a page.", Assert.Single(tooLong.Errors!).Message);
        var empty = await Plans(scope).SaveAsync(new SafetyPlanInput { WarningSigns = "   " }, null);
        Assert.Equal(nameof(SafetyPlanText.WarningSigns), Assert.Single(empty.Errors!).Field);
        Assert.Null(await Plans(scope).GetAsync());

        // Limits count characters as a person sees them: 2,000 emoji with skin tones fit.
        var emoji = string.Concat(Enumerable.Repeat("\U0001F44B\U0001F3FD", 2_000));
        Assert.True((await Plans(scope).SaveAsync(new SafetyPlanInput { WorthLivingFor = emoji }, null)).Succeeded);
    }
}
