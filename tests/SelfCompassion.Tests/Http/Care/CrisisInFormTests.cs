using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Practice;

namespace SelfCompassion.Tests.Http.Care;

/// <summary>
/// Words of danger in a form that comes back unsaved (a missing rating, a conflict) may never be saved at all: help is
/// offered on the form itself, before the corrections, and the words stay in it.
/// </summary>
public class CrisisInFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Heavy = "Nobody would miss me if I wasn't around anymore.";

    private static IElement PanelBeforeTheForm(HtmlPage page)
    {
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var panel = page.Document.QuerySelector(".crisis-panel");
        Assert.NotNull(panel);
        Assert.Contains("You matter", panel.TextContent);
        Assert.Contains("Your words are still in the form below", panel.TextContent);
        Assert.NotNull(panel.QuerySelector("a[href='/help/plan']"));
        Assert.True(panel.CompareDocumentPosition(page.Document.QuerySelector("main form")!).HasFlag(DocumentPositions.Following),
            "The form and its corrections come after the panel.");
        return panel;
    }

    private static async Task<HtmlPage> NewEntryAsync(HttpClient client, string thought) =>
        await HtmlPage.ParseAsync(await (await JournalPages.NewEntryFormAsync(client, thought)).Set("Input.Belief", "").SubmitAsync(client));

    [Fact]
    public async Task A_thought_of_danger_sent_without_its_rating_is_answered_with_help_first_and_kept_in_the_form()
    {
        var (client, owner) = await People.SignedInAsync(app, "Europe/London");
        var page = await NewEntryAsync(client, Heavy);

        var panel = PanelBeforeTheForm(page);
        Assert.NotNull(panel.QuerySelector("a[href='tel:116123']"));
        Assert.Equal("Please rate how strongly you believe the thought, from 0 to 100.", page.ErrorFor("Input.Belief"));
        Assert.Equal(Heavy, page.Document.QuerySelector("textarea[name='Input.Thought']")?.TextContent);
        await using var scope = People.ScopeFor(app, owner);
        Assert.False(await scope.Entries().HasAnyAsync());
        Assert.DoesNotContain("miss me", app.Logs.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_thought_of_danger_whose_rating_isnt_a_whole_number_is_answered_with_help_first()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = (await JournalPages.NewEntryFormAsync(client, Heavy)).Set("Input.Belief", "62.5");
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));
        PanelBeforeTheForm(page);
        Assert.Equal("Please use a whole number from 0 to 100.", page.ErrorFor("Input.Belief"));
        await using var scope = People.ScopeFor(app, owner);
        Assert.False(await scope.Entries().HasAnyAsync());
    }

    [Fact]
    public async Task An_ordinary_thought_sent_without_its_rating_gets_only_its_correction()
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await NewEntryAsync(client, "I always let everyone down");
        Assert.Equal("Please rate how strongly you believe the thought, from 0 to 100.", page.ErrorFor("Input.Belief"));
        Assert.Null(page.Document.QuerySelector(".crisis-panel"));
    }

    [Fact]
    public async Task An_edit_of_danger_that_meets_a_conflict_is_answered_with_help_first()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var stale = (await HtmlPage.GetAsync(client, $"/journal/{id}/edit")).Form();
        Assert.Equal(HttpStatusCode.Redirect, (await (await HtmlPage.GetAsync(client, $"/journal/{id}/edit")).Form()
            .Set("Input.Notes", "Changed in another tab").SubmitAsync(client)).StatusCode);

        var page = await HtmlPage.ParseAsync(await stale.Set("Input.Thought", Heavy).SubmitAsync(client));
        PanelBeforeTheForm(page);
        Assert.Contains("changed somewhere else", page.FormErrors());
    }

    [Fact]
    public async Task A_reframe_of_danger_without_its_kinder_view_is_answered_with_help_first()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var form = (await JournalPages.ReframeFormAsync(client, id))
            .Set("Input.FriendView", "I keep thinking about ending it tonight").Set("Input.CompassionateResponse", "");
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));
        PanelBeforeTheForm(page);
        Assert.Contains("kinder, realistic way", page.ErrorFor("Input.CompassionateResponse"));
    }

    [Fact]
    public async Task A_letter_of_danger_with_a_time_out_of_range_is_answered_with_help_first_and_not_saved()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = (await CarePages.LetterFormAsync(client, "Dear me. Honestly, I don't see the point in living anymore.")).Set("Input.Minutes", "500");
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));
        PanelBeforeTheForm(page);
        Assert.NotEqual("", page.ErrorFor("Input.Minutes"));
        await using var scope = People.ScopeFor(app, owner);
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<PracticeSessions>().HistoryAsync());
    }

    [Fact]
    public async Task A_guide_reply_of_danger_offers_help_when_it_comes_back_and_when_it_is_sent_and_the_moderator_is_told()
    {
        var reader = app.CreateBrowserlikeClient();
        var email = $"reader-{Guid.NewGuid():N}@example.test";
        var form = (await HtmlPage.GetAsync(reader, "/guide/the-friend-test/reply")).Form()
            .Set("Input.Name", "").Set("Input.Email", email).Set("Input.Text", "I want to die and I can't say it to anyone else.");

        var corrected = await HtmlPage.ParseAsync(await form.SubmitAsync(reader));
        PanelBeforeTheForm(corrected);
        Assert.Equal("Please add your name, or the name you'd like shown.", corrected.ErrorFor("Input.Name"));

        Assert.Equal(HttpStatusCode.Redirect, (await corrected.Form().Set("Input.Name", "R").SubmitAsync(reader)).StatusCode);
        var thanks = await HtmlPage.GetAsync(reader, "/guide/the-friend-test/reply");
        var panel = thanks.Document.QuerySelector(".crisis-panel");
        Assert.NotNull(panel);
        Assert.True(panel.CompareDocumentPosition(thanks.Document.QuerySelector(".notice")!).HasFlag(DocumentPositions.Following),
            "The thanks comes after the panel.");
        Assert.Null((await HtmlPage.GetAsync(reader, "/guide/the-friend-test/reply")).Document.QuerySelector(".crisis-panel"));

        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        var id = await db.GuideReplies.Where(r => r.Email == email).Select(r => r.Id).SingleAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var ordinary = $"reader-{Guid.NewGuid():N}@example.test";
        Assert.Equal(HttpStatusCode.Redirect, (await (await HtmlPage.GetAsync(reader, "/guide/the-friend-test/reply")).Form()
            .Set("Input.Name", "R").Set("Input.Email", ordinary).Set("Input.Text", "This helped me today. Thank you.").SubmitAsync(reader)).StatusCode);
        var pending = await scope.ServiceProvider.GetRequiredService<SelfCompassion.Guide.GuideReplies>().PendingAsync();
        Assert.True(pending.Single(r => r.Id == id).CrisisNoticed);
        Assert.False(pending.Single(r => r.Email == ordinary).CrisisNoticed);
    }
}
