using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Practice;

namespace SelfCompassion.Tests.Http.Practice;

public class PracticePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HtmlForm> BreakFormAsync(HttpClient client) =>
        (await HtmlPage.GetAsync(client, "/practice/break")).Form()
            .Set("Input.Texts[0]", "That I'm doing my best")
            .Set("Input.MoodBefore", "3")
            .Set("Input.MoodAfter", "6")
            .Set("Input.Minutes", "4");

    private async Task<int> CountAsync(string owner)
    {
        await using var scope = People.ScopeFor(app, owner);
        return (await scope.ServiceProvider.GetRequiredService<PracticeSessions>().HistoryAsync()).Count;
    }

    [Fact]
    public async Task Practice_pages_ask_a_stranger_to_sign_in()
    {
        foreach (var url in new[] { "/practice", "/practice/break", "/practice/history", "/progress", "/progress/check-in" })
        {
            var response = await app.CreateBrowserlikeClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_completed_break_is_saved_and_listed_with_its_moods_and_time()
    {
        var (client, _) = await People.SignedInAsync(app);
        var practice = await HtmlPage.GetAsync(client, "/practice");
        Assert.Equal(4, practice.Document.QuerySelectorAll(".article-list li").Length);

        var saved = await (await BreakFormAsync(client)).SubmitAsync(client);
        Assert.Equal("/practice/history", saved.Headers.Location!.OriginalString);

        var history = await HtmlPage.GetAsync(client, "/practice/history");
        Assert.Contains("You took 4 minutes for yourself", history.Text);
        var item = history.Document.QuerySelector(".practice-item")!;
        Assert.Contains("Self-compassion break", item.TextContent);
        Assert.Contains("4 min", item.TextContent);
        Assert.Contains("mood 3 → 6", item.TextContent);
    }

    [Theory]
    [InlineData("Input.Minutes", "-5", "Please give the time you took in minutes, from 1 to 120.")]
    [InlineData("Input.Minutes", "100000", "Please give the time you took in minutes, from 1 to 120.")]
    [InlineData("Input.Minutes", "", "Please give the time you took in minutes, from 1 to 120.")]
    [InlineData("Input.MoodBefore", "11", "Please rate your mood from 0 to 10, or leave it blank.")]
    [InlineData("Input.MoodAfter", "-1", "Please rate your mood from 0 to 10, or leave it blank.")]
    public async Task Bad_durations_and_moods_are_explained_and_nothing_is_stored(string field, string value, string message)
    {
        var (client, owner) = await People.SignedInAsync(app);
        var page = await HtmlPage.ParseAsync(await (await BreakFormAsync(client)).Set(field, value).SubmitAsync(client));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.ErrorFor(field));
        Assert.Equal("That I'm doing my best", page.Document.QuerySelector("#text-0")!.TextContent);
        Assert.Equal(0, await CountAsync(owner));
    }

    [Fact]
    public async Task More_written_steps_than_any_practice_has_are_refused_and_nothing_is_stored()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = await BreakFormAsync(client);
        for (var i = 1; i <= Practices.MaxWrittenSteps; i++)
        {
            form.Forge($"Input.Texts[{i}]", "more");
        }
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please send this practice from its own page.", page.FormErrors());
        Assert.Equal(0, await CountAsync(owner));
    }

    [Fact]
    public async Task A_letter_is_kept_encrypted_offered_again_after_a_few_days_and_can_be_reread()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var empty = await HtmlPage.ParseAsync(await (await HtmlPage.GetAsync(client, "/practice/letter")).Form().SubmitAsync(client));
        Assert.Contains("write your letter", empty.ErrorFor("Input.Texts[0]"));

        var written = DateTimeOffset.UtcNow.AddDays(-4);
        app.Clock.Freeze(written);
        try
        {
            var form = (await HtmlPage.GetAsync(client, "/practice/letter")).Form().Set("Input.Texts[0]", "Dear me, you have come so far.");
            Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        }
        finally
        {
            app.Clock.Thaw();
        }

        var home = await HtmlPage.GetAsync(client, "/");
        var invitation = home.Document.QuerySelector(".notice a[href^='/practice/history/']");
        Assert.NotNull(invitation);
        var letter = await HtmlPage.GetAsync(client, invitation.GetAttribute("href")!);
        Assert.Contains("Dear me, you have come so far.", letter.Text);
        Assert.Null((await HtmlPage.GetAsync(client, "/")).Document.QuerySelector(".notice a[href^='/practice/history/']"));
    }

    [Fact]
    public async Task Another_persons_practice_is_not_found()
    {
        var (owner, _) = await People.SignedInAsync(app);
        await (await BreakFormAsync(owner)).SubmitAsync(owner);
        var link = (await HtmlPage.GetAsync(owner, "/practice/history")).Document.QuerySelector(".practice-item a")!.GetAttribute("href")!;

        var (stranger, _) = await People.SignedInAsync(app);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await owner.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task The_signed_in_home_page_offers_three_doors()
    {
        var (client, _) = await People.SignedInAsync(app);
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal(["/journal/new", "/practice/break", "/guide/self-compassion-in-mental-recovery"],
            home.Document.QuerySelectorAll(".doors h2 a").Select(a => a.GetAttribute("href")));
    }
}
