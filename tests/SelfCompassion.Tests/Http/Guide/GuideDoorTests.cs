using System.Net;

namespace SelfCompassion.Tests.Http.Guide;

/// <summary>Every "Try it" door opens its own tool, for a signed-in reader and, through sign-up, for a visitor.</summary>
public class GuideDoorTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("journal", "/journal/new")]
    [InlineData("break", "/practice/break")]
    [InlineData("friend", "/practice/friend")]
    [InlineData("letter", "/practice/letter")]
    [InlineData("pause", "/practice/pause")]
    [InlineData("check-in", "/progress/check-in")]
    [InlineData("progress", "/progress")]
    public async Task Each_door_opens_its_own_tool_for_a_signed_in_reader(string tool, string place)
    {
        var (client, _) = await People.SignedInAsync(app);
        var door = await client.GetAsync($"/guide/try/{tool}");
        Assert.Equal(place, door.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(place)).StatusCode);
    }

    [Fact]
    public async Task Reframe_one_opens_the_newest_thought_waiting_for_an_answer_or_a_new_entry()
    {
        var (client, _) = await People.SignedInAsync(app);
        Assert.Equal("/journal/new", (await client.GetAsync("/guide/try/reframe")).Headers.Location!.OriginalString);

        var older = await JournalPages.CreateAsync(client, "I never finish anything");
        var newer = await JournalPages.CreateAsync(client, "I'm always late");
        Assert.Equal($"/journal/{newer}/reframe", (await client.GetAsync("/guide/try/reframe")).Headers.Location!.OriginalString);
        await (await JournalPages.ReframeFormAsync(client, newer)).SubmitAsync(client);
        Assert.Equal($"/journal/{older}/reframe", (await client.GetAsync("/guide/try/reframe")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_visitor_signs_up_through_a_door_and_arrives_at_that_tool_once_signed_in()
    {
        var visitor = app.CreateBrowserlikeClient();
        var door = await visitor.GetAsync("/guide/try/friend");
        var register = door.Headers.Location!.OriginalString;
        Assert.Equal("/account/register?returnUrl=%2Fguide%2Ftry%2Ffriend", register);

        var person = TestUser.Create("Kai");
        var page = await HtmlPage.GetAsync(visitor, register);
        Assert.Equal("/account/login?returnUrl=%2Fguide%2Ftry%2Ffriend", page.Document.QuerySelector("main a[href^='/account/login']")!.GetAttribute("href"));
        var form = page.Form().Set("Input.DisplayName", person.DisplayName).Set("Input.Email", person.Email)
            .Set("Input.Password", person.Password).Set("Input.ConfirmPassword", person.Password).Set("Input.TimeZone", "Europe/Dublin");
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(visitor)).StatusCode);

        var link = app.Mail.LinkTo(person.Email, "/account/confirm-email");
        Assert.Contains("returnUrl=%2Fguide%2Ftry%2Ffriend", link.Query);
        var confirmed = await HtmlPage.ParseAsync(await visitor.GetAsync(link.PathAndQuery));
        var signIn = confirmed.Document.QuerySelector("main a.button")!.GetAttribute("href")!;
        Assert.Equal("/account/login?returnUrl=%2Fguide%2Ftry%2Ffriend", signIn);

        var login = (await HtmlPage.GetAsync(visitor, signIn)).Form().Set("Input.Email", person.Email).Set("Input.Password", person.Password);
        var signedIn = await login.SubmitAsync(visitor);
        Assert.Equal("/guide/try/friend", signedIn.Headers.Location!.OriginalString);
        Assert.Equal("/practice/friend", (await visitor.GetAsync("/guide/try/friend")).Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_way_back_that_leaves_the_site_is_dropped(string returnUrl)
    {
        var visitor = app.CreateBrowserlikeClient();
        var page = await HtmlPage.GetAsync(visitor, $"/account/register?returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal("/account/login", page.Document.QuerySelector("main a[href^='/account/login']")!.GetAttribute("href"));
    }
}
