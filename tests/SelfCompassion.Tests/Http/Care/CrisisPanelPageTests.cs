using System.Net;
using AngleSharp.Dom;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Practice;

namespace SelfCompassion.Tests.Http.Care;

public class CrisisPanelPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Heavy = "Dear me. Honestly, I don't see the point in living anymore.";

    private async Task<int> PracticeCountAsync(string owner)
    {
        await using var scope = People.ScopeFor(app, owner);
        return (await scope.ServiceProvider.GetRequiredService<PracticeSessions>().HistoryAsync()).Count;
    }

    private static void AssertPanelComesFirst(HtmlPage page, string container)
    {
        var panel = page.Document.QuerySelector(".crisis-panel");
        Assert.NotNull(panel);
        Assert.Same(panel, page.Document.QuerySelector(container)!.FirstElementChild);
        Assert.True(panel.CompareDocumentPosition(page.Document.QuerySelector(".notice")!).HasFlag(DocumentPositions.Following),
            "The saved note comes after the panel.");
    }

    [Fact]
    public async Task A_letter_with_words_of_danger_is_saved_and_the_next_page_offers_help_before_anything_else()
    {
        var (client, owner) = await People.SignedInAsync(app, "Europe/London");
        var saved = await (await CarePages.LetterFormAsync(client, Heavy)).SubmitAsync(client);
        Assert.Equal("/practice/history", saved.Headers.Location!.OriginalString);
        Assert.Equal(1, await PracticeCountAsync(owner));

        var history = await HtmlPage.GetAsync(client, "/practice/history");
        AssertPanelComesFirst(history, "main section");
        var panel = history.Document.QuerySelector(".crisis-panel")!;
        Assert.Contains("You matter", panel.TextContent);
        Assert.Contains("Help in United Kingdom", panel.TextContent);
        Assert.NotNull(panel.QuerySelector("a[href='tel:116123']"));
        Assert.NotNull(panel.QuerySelector("a[href='/help/plan']"));
        Assert.NotNull(panel.QuerySelector("a[href='/help#all-lines']"));

        // The panel is for the moment after saving, not every later visit.
        Assert.Null((await HtmlPage.GetAsync(client, "/practice/history")).Document.QuerySelector(".crisis-panel"));
    }

    [Fact]
    public async Task An_ordinary_letter_is_saved_without_a_panel()
    {
        var (client, _) = await People.SignedInAsync(app);
        await (await CarePages.LetterFormAsync(client, "Dear me, I nearly died laughing at the dog today. Be gentle with yourself.")).SubmitAsync(client);
        var history = await HtmlPage.GetAsync(client, "/practice/history");
        Assert.Null(history.Document.QuerySelector(".crisis-panel"));
        Assert.NotNull(history.Document.QuerySelector(".notice"));
    }

    [Fact]
    public async Task Words_of_danger_in_any_step_of_a_practice_are_noticed()
    {
        var (client, _) = await People.SignedInAsync(app, "America/Chicago");
        var form = (await HtmlPage.GetAsync(client, "/practice/break")).Form().Set("Input.Texts[0]", "everyone would be better off without me");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        var history = await HtmlPage.GetAsync(client, "/practice/history");
        AssertPanelComesFirst(history, "main section");
        Assert.NotNull(history.Document.QuerySelector(".crisis-panel a[href='tel:988']"));
    }

    [Fact]
    public async Task Words_of_danger_in_a_reframe_are_noticed_and_nothing_about_them_is_logged()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, "I always let everyone down");
        Assert.Null((await HtmlPage.GetAsync(client, $"/journal/{id}")).Document.QuerySelector(".crisis-panel"));

        var form = (await JournalPages.ReframeFormAsync(client, id)).Set("Input.FriendView", "I keep thinking about ending it tonight");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        AssertPanelComesFirst(entry, "main article.entry");
        // Without a time zone that points anywhere, the panel gives the local emergency number and the full list.
        Assert.Contains("call your local emergency number", entry.Document.QuerySelector(".crisis-panel")!.TextContent);

        var logs = app.Logs.AllText();
        Assert.DoesNotContain("ending it tonight", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("crisis", logs, StringComparison.OrdinalIgnoreCase);
    }
}
