using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http.Care;

public class SafetyPlanPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<SafetyPlanView?> PlanOfAsync(string owner)
    {
        await using var scope = People.ScopeFor(app, owner);
        return await scope.ServiceProvider.GetRequiredService<SafetyPlans>().GetAsync();
    }

    [Fact]
    public async Task A_visitor_learns_what_a_plan_is_and_can_print_a_blank_one_but_saving_needs_an_account()
    {
        var client = app.CreateBrowserlikeClient();
        var page = await HtmlPage.GetAsync(client, "/help/plan");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Barbara Stanley and Gregory Brown", page.Text);
        Assert.Contains("together with a clinician", page.Text);
        Assert.NotNull(page.Document.QuerySelector("a[href='/account/login?returnUrl=%2Fhelp%2Fplan']"));
        Assert.Null(page.Document.QuerySelector("main form"));

        var blank = await HtmlPage.GetAsync(client, "/help/plan/print");
        Assert.Equal(7, blank.Document.QuerySelectorAll(".write-here").Length);

        var help = await HtmlPage.GetAsync(client, "/help");
        var post = await client.PostAsync("/help/plan", new FormUrlEncodedContent([new("__RequestVerificationToken", help.Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "")]));
        Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
    }

    [Fact]
    public async Task A_new_plan_suggests_the_regions_lines_then_is_saved_encrypted_and_shown_ready_to_print()
    {
        var (client, owner) = await People.SignedInAsync(app, "Europe/London");
        var form = await CarePages.PlanFormAsync(client);
        var page = await HtmlPage.GetAsync(client, "/help/plan");
        Assert.Contains("Samaritans: call 116 123", page.Document.QuerySelector("#Input_Professionals")!.TextContent);
        Assert.Equal(7, page.Document.QuerySelectorAll("main form textarea").Length);
        Assert.Equal(7, page.Document.QuerySelectorAll("main form label[for^='Input_']").Length);

        var saved = await form.WithPlan().SubmitAsync(client);
        Assert.Equal("/help/plan", saved.Headers.Location!.OriginalString);
        var again = await HtmlPage.GetAsync(client, "/help/plan");
        Assert.Contains("Your safety plan is saved", again.Document.QuerySelector(".notice")!.TextContent);
        Assert.Equal("I stop answering messages and stay in bed", again.Document.QuerySelector("#Input_WarningSigns")!.TextContent);

        await using (var scope = People.ScopeFor(app, null))
        {
            var row = await scope.ServiceProvider.GetRequiredService<AppDbContext>().SafetyPlans.IgnoreQueryFilters().SingleAsync(p => p.OwnerId == owner);
            Assert.DoesNotContain("answering messages", System.Text.Encoding.UTF8.GetString(row.TextCipher), StringComparison.Ordinal);
        }
        var print = await HtmlPage.GetAsync(client, "/help/plan/print");
        Assert.Equal("I stop answering messages and stay in bed", print.Document.QuerySelector(".plan-part p")!.TextContent);
        Assert.Contains("Samaritans", print.Text);
    }

    [Fact]
    public async Task The_account_menu_and_the_help_page_lead_to_the_plan_in_one_click()
    {
        var (client, _) = await People.SignedInAsync(app);
        var home = await HtmlPage.GetAsync(client, "/journal");
        Assert.NotNull(home.Document.QuerySelector("header .menu a[href='/help/plan']"));
        Assert.NotNull((await HtmlPage.GetAsync(client, "/help")).Document.QuerySelector("main a[href='/help/plan']"));
    }

    [Fact]
    public async Task Over_long_parts_are_explained_beside_the_field_with_the_rest_kept_and_nothing_stored()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var response = await (await CarePages.PlanFormAsync(client)).WithPlan().Set("Input.Distractions", new string('a', 2_001)).SubmitAsync(client);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please shorten this to 2,000 characters or fewer, so your plan still fits on a page.", page.ErrorFor("Input.Distractions"));
        Assert.Equal("true", page.Document.QuerySelector("#Input_Distractions")!.GetAttribute("aria-invalid"));
        Assert.Equal("I stop answering messages and stay in bed", page.Document.QuerySelector("#Input_WarningSigns")!.TextContent);
        Assert.Null(await PlanOfAsync(owner));
    }

    [Fact]
    public async Task An_empty_plan_is_explained_and_nothing_is_stored()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = await CarePages.PlanFormAsync(client);
        var page = await HtmlPage.ParseAsync(await form.Set("Input.Professionals", " ").SubmitAsync(client));
        Assert.Contains("write something in at least one part", page.ErrorFor("Input.WarningSigns"));
        Assert.Null(await PlanOfAsync(owner));
    }

    [Fact]
    public async Task Markup_is_kept_as_the_words_typed_and_never_runs()
    {
        var (client, owner) = await People.SignedInAsync(app);
        await (await CarePages.PlanFormAsync(client)).WithPlan("<script>alert('x')</script><b>bold</b>").SubmitAsync(client);
        Assert.Equal("<script>alert('x')</script><b>bold</b>", (await PlanOfAsync(owner))!.WarningSigns);
        var print = await HtmlPage.GetAsync(client, "/help/plan/print");
        Assert.Empty(print.Document.QuerySelectorAll("main script, main b"));
        Assert.Contains("<script>alert('x')</script>", print.Document.QuerySelector(".plan-part p")!.TextContent);
    }

    [Fact]
    public async Task Forged_ids_never_reach_another_persons_plan_and_each_person_sees_only_their_own()
    {
        var (mine, me) = await People.SignedInAsync(app);
        var (theirs, them) = await People.SignedInAsync(app);
        await (await CarePages.PlanFormAsync(theirs)).WithPlan("Their own words").SubmitAsync(theirs);

        var forged = (await CarePages.PlanFormAsync(mine)).WithPlan("My words").Forge("OwnerId", them).Forge("Input.OwnerId", them).Forge("Id", Guid.NewGuid().ToString());
        Assert.Equal(HttpStatusCode.Redirect, (await forged.SubmitAsync(mine)).StatusCode);

        Assert.Equal("Their own words", (await PlanOfAsync(them))!.WarningSigns);
        Assert.Equal("My words", (await PlanOfAsync(me))!.WarningSigns);
        Assert.DoesNotContain("Their own words", (await HtmlPage.GetAsync(mine, "/help/plan/print")).Text);
    }

    [Fact]
    public async Task A_plan_changed_in_another_tab_is_not_saved_over()
    {
        var (client, owner) = await People.SignedInAsync(app);
        await (await CarePages.PlanFormAsync(client)).WithPlan("First words").SubmitAsync(client);
        var firstTab = (await CarePages.PlanFormAsync(client)).WithPlan("From the first tab");
        await (await CarePages.PlanFormAsync(client)).WithPlan("From the second tab").SubmitAsync(client);

        var page = await HtmlPage.ParseAsync(await firstTab.SubmitAsync(client));
        Assert.Contains("changed somewhere else", page.FormErrors());
        Assert.Equal("From the first tab", page.Document.QuerySelector("#Input_WarningSigns")!.TextContent);
        Assert.Equal("From the second tab", (await PlanOfAsync(owner))!.WarningSigns);
    }
}
