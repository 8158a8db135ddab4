using System.Net;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;
using SelfCompassion.Guide;

namespace SelfCompassion.Tests.Http.Guide;

/// <summary>
/// A reply form sent twice, without the page's script to stop the second press (or by a browser sending it again), is
/// held for the moderator once, and the reader is thanked each time (docs/adr/0019).
/// </summary>
public class ReplySentTwiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Slug = "the-friend-test";

    private static async Task<HtmlForm> FilledAsync(HttpClient client, string email, string text) =>
        (await HtmlPage.GetAsync(client, $"/guide/{Slug}/reply")).Form()
            .Set("Input.Name", "Mira").Set("Input.Email", email).Set("Input.Text", text);

    private async Task<List<string>> HeldAsync(string email)
    {
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        return await db.GuideReplies.Where(r => r.Email == email).Select(r => r.Text).OrderBy(t => t).ToListAsync();
    }

    private static string NewEmail() => $"reader-{Guid.NewGuid():N}@example.test";

    [Fact]
    public async Task A_reply_sent_twice_is_held_once_and_thanked_both_times()
    {
        var client = app.CreateBrowserlikeClient();
        var email = NewEmail();
        var form = await FilledAsync(client, email, "This helped me today.");

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        var again = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains(ReplyModelThanks, (await HtmlPage.GetAsync(client, again.Headers.Location!.OriginalString)).Text);
        Assert.Equal(["This helped me today."], await HeldAsync(email));
    }

    [Fact]
    public async Task A_reply_sent_twice_at_once_is_held_once()
    {
        var client = app.CreateBrowserlikeClient();
        var email = NewEmail();
        var form = await FilledAsync(client, email, "Sent by a double click.");

        var answers = await Task.WhenAll(form.SubmitAsync(client), form.SubmitAsync(client));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        Assert.Single(await HeldAsync(email));
    }

    [Fact]
    public async Task The_last_reply_the_limit_allows_sent_twice_is_thanked_not_asked_to_wait()
    {
        var client = app.CreateBrowserlikeClient();
        var email = NewEmail();
        for (var i = 1; i < GuideReplies.MaxPerEmail; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await (await FilledAsync(client, email, $"Reply {i}")).SubmitAsync(client)).StatusCode);
        }
        var last = await FilledAsync(client, email, "The last one");

        Assert.Equal(HttpStatusCode.Redirect, (await last.SubmitAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await last.SubmitAsync(client)).StatusCode);
        Assert.Equal(GuideReplies.MaxPerEmail, (await HeldAsync(email)).Count);
    }

    [Fact]
    public async Task The_same_form_sent_again_with_other_words_is_held_as_well()
    {
        var client = app.CreateBrowserlikeClient();
        var email = NewEmail();
        var form = await FilledAsync(client, email, "First words");

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Input.Text", "Better words").SubmitAsync(client)).StatusCode);

        Assert.Equal(["Better words", "First words"], await HeldAsync(email));
    }

    private const string ReplyModelThanks = SelfCompassion.Web.Pages.Guide.ReplyModel.Thanks;
}
