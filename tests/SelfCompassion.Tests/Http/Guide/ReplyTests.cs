using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Guide;

namespace SelfCompassion.Tests.Http.Guide;

public class ReplyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Slug = "the-friend-test";

    private static async Task<HtmlPage> SendAsync(HttpClient client, string name, string email, string text, Action<HtmlForm>? adjust = null)
    {
        var form = (await HtmlPage.GetAsync(client, $"/guide/{Slug}/reply")).Form()
            .Set("Input.Name", name).Set("Input.Email", email).Set("Input.Text", text);
        adjust?.Invoke(form);
        return await HtmlPage.ParseAsync(await form.SubmitAsync(client));
    }

    private async Task<int> StoredAsync(string email)
    {
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        return await db.GuideReplies.CountAsync(r => r.Email == email);
    }

    private async Task<HttpClient> ModeratorAsync()
    {
        var person = TestUser.Create("Moderator");
        await People.CreateAsync(app, person);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<Moderators>().GrantAsync(person.Email));
        }
        var moderator = app.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(moderator, person)).Status);
        return moderator;
    }

    [Fact]
    public async Task A_reply_appears_publicly_only_after_a_moderator_approves_it_and_never_with_its_email()
    {
        var reader = app.CreateBrowserlikeClient();
        var email = $"reader-{Guid.NewGuid():N}@example.test";
        var sent = await SendAsync(reader, "Mira", email, "This helped me today. Thank you.");
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Contains("It will appear once a moderator has read it", (await HtmlPage.GetAsync(reader, $"/guide/{Slug}/reply")).Text);

        var before = await HtmlPage.GetAsync(app.CreateClient(), $"/guide/{Slug}");
        Assert.DoesNotContain("This helped me today", before.Text);

        var moderator = await ModeratorAsync();
        var queue = await HtmlPage.GetAsync(moderator, "/guide/moderation");
        var item = queue.Document.QuerySelectorAll("li.reply").Single(li => li.TextContent.Contains("This helped me today"));
        Assert.Contains(email, item.TextContent);
        var approve = await new HtmlForm((AngleSharp.Html.Dom.IHtmlFormElement)item.QuerySelector("form")!).SubmitAsyncWithHandler(moderator, "Approve");
        Assert.Equal(HttpStatusCode.Redirect, approve.StatusCode);

        var after = await HtmlPage.GetAsync(app.CreateClient(), $"/guide/{Slug}");
        var reply = after.Document.QuerySelectorAll(".reply").Single(r => r.TextContent.Contains("This helped me today"));
        Assert.Contains("Mira", reply.TextContent);
        Assert.DoesNotContain(email, after.Text);
    }

    [Fact]
    public async Task Missing_fields_an_invalid_email_and_a_huge_reply_are_explained_and_nothing_is_stored()
    {
        var client = app.CreateBrowserlikeClient();
        var email = $"reader-{Guid.NewGuid():N}@example.test";

        var missing = await SendAsync(client, "", "", "");
        Assert.Equal("Please add your name, or the name you'd like shown.", missing.ErrorFor("Input.Name"));
        Assert.Equal("Please add your email address. It won't be published.", missing.ErrorFor("Input.Email"));
        Assert.Equal("Please write your reply.", missing.ErrorFor("Input.Text"));

        var invalid = await SendAsync(client, "Mira", "not-an-email", "Kept text");
        Assert.Equal("Please enter an email address like name@example.com.", invalid.ErrorFor("Input.Email"));
        Assert.Equal("Kept text", invalid.Document.QuerySelector("#reply-text")!.TextContent);
        Assert.Equal("Mira", invalid.ValueOf("Input.Name"));

        var huge = await SendAsync(client, "Mira", email, new string('w', 50_000));
        Assert.True(huge.Status is HttpStatusCode.OK or HttpStatusCode.BadRequest);
        if (huge.Status == HttpStatusCode.OK)
        {
            Assert.Equal("Please keep your reply to 5,000 characters or fewer.", huge.ErrorFor("Input.Text"));
        }
        Assert.Equal(0, await StoredAsync(email));
    }

    [Fact]
    public async Task A_filled_honeypot_is_thanked_but_dropped()
    {
        var email = $"robot-{Guid.NewGuid():N}@example.test";
        var sent = await SendAsync(app.CreateBrowserlikeClient(), "Robot", email, "Buy now", f => f.Set("Input.Website", "http://spam.example"));
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(0, await StoredAsync(email));
    }

    [Fact]
    public async Task A_script_payload_is_published_as_text()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.test";
        await SendAsync(app.CreateBrowserlikeClient(), "<b>Sly</b>", email, "<script>alert('x')</script>");
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var replies = scope.ServiceProvider.GetRequiredService<GuideReplies>();
            var pending = (await replies.PendingAsync()).Single(r => r.Email == email);
            await replies.SetStatusAsync(pending.Id, ReplyStatus.Approved);
            await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.OutputCaching.IOutputCacheStore>().EvictByTagAsync("guide", default);
        }
        var page = await HtmlPage.GetAsync(app.CreateClient(), $"/guide/{Slug}");
        var reply = page.Document.QuerySelectorAll(".reply").Single(r => r.TextContent.Contains("alert('x')"));
        Assert.Empty(reply.QuerySelectorAll("script, b"));
        Assert.Contains("<b>Sly</b>", reply.TextContent);
    }

    [Fact]
    public async Task Too_many_replies_from_one_email_address_are_asked_to_wait()
    {
        var client = app.CreateBrowserlikeClient();
        var email = $"eager-{Guid.NewGuid():N}@example.test";
        for (var i = 0; i < GuideReplies.MaxPerEmail; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(client, "Eager", email, $"Reply {i}")).Status);
        }
        var refused = await SendAsync(client, "Eager", email.ToUpperInvariant(), "One more");
        Assert.Contains("Please wait a little while", refused.FormErrors());
        Assert.Equal(GuideReplies.MaxPerEmail, await StoredAsync(email));
    }

    [Fact]
    public async Task A_signed_in_reader_finds_their_name_filled_in()
    {
        var person = TestUser.Create("Noa");
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        var page = await HtmlPage.GetAsync(client, $"/guide/{Slug}/reply");
        Assert.Equal("Noa", page.ValueOf("Input.Name"));
    }

    [Fact]
    public async Task Only_moderators_reach_the_moderation_page()
    {
        var visitor = await app.CreateBrowserlikeClient().GetAsync("/guide/moderation");
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/account/login", visitor.Headers.Location!.ToString());

        var (reader, _) = await People.SignedInAsync(app);
        var denied = await reader.GetAsync("/guide/moderation");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var page = await HtmlPage.GetAsync(reader, denied.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.DoesNotContain("Replies waiting", page.Text);
    }

    [Fact]
    public async Task A_signed_in_reader_replies_under_their_account_name_without_being_asked_for_an_email()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, $"/guide/{Slug}/reply");
        Assert.Null(page.Document.QuerySelector("input[name='Input.Email']"));
        Assert.Equal("Robin", page.ValueOf("Input.Name"));
        Assert.Contains("Your name and your reply will be public on this page once a moderator has read them.", page.Text);

        var sent = await page.Form().Set("Input.Name", "R.").Set("Input.Text", "This helped me today").SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        var stored = await db.GuideReplies.SingleAsync(r => r.AuthorId == owner);
        Assert.Equal(("R.", null), (stored.Name, stored.Email));
    }

    [Fact]
    public async Task Every_reply_form_says_what_will_be_public()
    {
        var page = await HtmlPage.GetAsync(app.CreateClient(), $"/guide/{Slug}/reply");
        Assert.Contains("Your name and your reply will be public on this page once a moderator has read them. Your email address will not be published.", page.Text);
    }
}
