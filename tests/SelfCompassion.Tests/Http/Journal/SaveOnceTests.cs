using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http.Journal;

/// <summary>
/// The forms that save a thought, a reframe, a practice or a check-in save once however often each is sent; an edit and
/// the safety plan, which save over one record, answer the same form sent again as saved, not as changed elsewhere.
/// </summary>
public class SaveOnceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Sending_one_form_twice_keeps_one_entry_and_shows_it_both_times()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = await JournalPages.NewEntryFormAsync(client, "I ruin every plan I make");

        var first = await form.SubmitAsync(client);
        var second = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var journal = await HtmlPage.GetAsync(client, "/journal");
        Assert.Single(journal.Document.QuerySelectorAll(".entry-card"));
    }

    [Fact]
    public async Task A_form_sent_back_with_a_correction_keeps_its_key_and_each_new_form_saves_anew()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = await JournalPages.NewEntryFormAsync(client, "I never finish anything");
        var key = form.Value("SaveKey");
        Assert.True(Guid.TryParse(key, out _));

        var corrected = await HtmlPage.ParseAsync(await form.Set("Input.Belief", "150").SubmitAsync(client));
        Assert.Equal(HttpStatusCode.OK, corrected.Status);
        Assert.Equal(key, corrected.Form().Value("SaveKey"));
        Assert.Equal(HttpStatusCode.Redirect, (await corrected.Form().Set("Input.Belief", "75").SubmitAsync(client)).StatusCode);

        await JournalPages.CreateAsync(client, "I never finish anything");
        var journal = await HtmlPage.GetAsync(client, "/journal");
        Assert.Equal(2, journal.Document.QuerySelectorAll(".entry-card").Length);
    }

    [Fact]
    public async Task Sending_one_reframe_form_twice_keeps_one_reframe()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var form = await JournalPages.ReframeFormAsync(client, id);

        var first = await form.SubmitAsync(client);
        var second = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        Assert.Single(entry.Document.QuerySelectorAll("li.reframe"));
    }

    [Fact]
    public async Task Sending_one_practice_form_twice_keeps_one_practice()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = (await HtmlPage.GetAsync(client, "/practice/pause")).Form().Set("Input.Minutes", "3");

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);

        var history = await HtmlPage.GetAsync(client, "/practice/history");
        Assert.Single(history.Document.QuerySelectorAll(".practice-item"));
    }

    [Fact]
    public async Task Sending_one_check_in_twice_keeps_one_check_in()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = (await HtmlPage.GetAsync(client, "/progress/check-in")).Form();
        for (var i = 0; i < 12; i++)
        {
            form.Check($"Answers[{i}]", "4");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);

        await using var scope = People.ScopeFor(app, owner);
        Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<AppDbContext>().CheckIns.CountAsync());
    }

    [Fact]
    public async Task Sending_one_edit_twice_answers_both_as_saved()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var form = (await HtmlPage.GetAsync(client, $"/journal/{id}/edit")).Form().Set("Input.Thought", "I let one person down, once");

        var first = await form.SubmitAsync(client);
        var second = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var entry = await HtmlPage.GetAsync(client, second.Headers.Location!.OriginalString);
        Assert.Contains("Your changes are saved.", entry.Document.QuerySelector(".notice")!.TextContent);
        Assert.Equal("I let one person down, once", entry.Document.QuerySelector("blockquote.thought")?.TextContent);
    }

    [Fact]
    public async Task Sending_one_safety_plan_form_twice_answers_both_as_saved()
    {
        var (client, _) = await People.SignedInAsync(app);
        await (await CarePages.PlanFormAsync(client)).WithPlan("First words").SubmitAsync(client);
        var form = (await CarePages.PlanFormAsync(client)).WithPlan("Calling Sam before it gets late");

        var first = await form.SubmitAsync(client);
        var second = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var plan = await HtmlPage.GetAsync(client, second.Headers.Location!.OriginalString);
        Assert.Contains("Your safety plan is saved", plan.Document.QuerySelector(".notice")!.TextContent);
        Assert.Equal("Calling Sam before it gets late", plan.Document.QuerySelector("#Input_WarningSigns")!.TextContent);
    }

    [Fact]
    public async Task Sending_a_first_safety_plan_twice_answers_both_as_saved()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = (await CarePages.PlanFormAsync(client)).WithPlan("Staying up alone with my phone");

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
    }

    [Fact]
    public async Task Deleting_an_entry_sent_twice_says_the_entry_is_gone_and_leads_back_to_the_journal()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var form = (await HtmlPage.GetAsync(client, $"/journal/{id}/delete")).Form();

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        var again = await HtmlPage.ParseAsync(await form.SubmitAsync(client));

        Assert.Equal(HttpStatusCode.NotFound, again.Status);
        Assert.Equal("That entry isn't here", again.Document.QuerySelector("h1")?.TextContent);
        Assert.Contains("It may have been deleted", again.Text);
        Assert.NotNull(again.Document.QuerySelector("main a[href='/journal']"));
        var signedOut = await HtmlPage.ParseAsync(await app.CreateBrowserlikeClient().GetAsync("/journal/not-an-entry"));
        Assert.Equal("Page not found", signedOut.Document.QuerySelector("h1")?.TextContent);
    }
}
