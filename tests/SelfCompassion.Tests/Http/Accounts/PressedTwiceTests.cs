using System.Net;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>
/// An account form pressed twice, the second press sent while the first is on its way (as a double click sends it, or
/// a browser without scripts) or after it: what was asked for is done, and the answer shown says so, never "changed
/// somewhere else", a message in Identity's words, or an error page.
/// </summary>
public class PressedTwiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_password_change_sent_again_after_it_was_made_is_answered_as_changed()
    {
        var (client, person) = await SignedUpAsync();
        var form = await PasswordFormAsync(client, person, "a slower morning with tea");

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        var again = await form.SubmitAsync(client);

        await AssertSavedAsync(client, [again], "Your password is changed");
        await AccountPages.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person, "a slower morning with tea")).Status);
    }

    [Fact]
    public async Task A_password_change_pressed_twice_at_once_is_answered_as_changed_both_times()
    {
        var (client, person) = await SignedUpAsync();
        var form = await PasswordFormAsync(client, person, "tea by the window at six");

        var both = await Task.WhenAll(form.SubmitAsync(client), form.SubmitAsync(client));

        await AssertSavedAsync(client, both, "Your password is changed");
    }

    [Fact]
    public async Task A_name_pressed_twice_at_once_is_saved_and_answered_as_saved_both_times()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = (await HtmlPage.GetAsync(client, "/account")).Form().Set("Input.DisplayName", "Robin");

        var both = await Task.WhenAll(form.SubmitAsync(client), form.SubmitAsync(client));

        await AssertSavedAsync(client, both, "Your changes are saved.");
        Assert.Equal("Robin", (await HtmlPage.GetAsync(client, "/account")).ValueOf("Input.DisplayName"));
    }

    [Fact]
    public async Task Deleting_the_account_pressed_twice_at_once_never_answers_with_an_error()
    {
        var (client, person, form) = await DeletionFormAsync();

        var both = await Task.WhenAll(form.SubmitAsync(client), form.SubmitAsync(client));

        // The second reaches the page while the first is deleting (a double click), and is answered with goodbye too;
        // on a machine slow enough that it arrives after, its sign-in is already gone and it is asked to sign in.
        Assert.Contains(both, response => response.Headers.Location?.OriginalString == "/account/goodbye");
        Assert.All(both, response => Assert.Matches("^(/account/goodbye|http://localhost/account/login)", response.Headers.Location?.OriginalString ?? ""));
        Assert.Contains("don't match an account", (await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person)).Text);
    }

    [Fact]
    public async Task Deleting_the_account_pressed_again_after_it_is_gone_is_told_it_is_done()
    {
        var (client, _, form) = await DeletionFormAsync();
        Assert.Equal("/account/goodbye", (await form.SubmitAsync(client)).Headers.Location?.OriginalString);

        var again = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var page = await HtmlPage.GetAsync(client, again.Headers.Location!.PathAndQuery);
        Assert.Contains("If your account was just deleted, it's gone", page.Text);
        Assert.DoesNotContain("If your account was just deleted", (await HtmlPage.GetAsync(client, "/account/login")).Text);
    }

    /// <summary>A new person with one entry, signed in, and their deletion form filled in with their password.</summary>
    private async Task<(HttpClient Client, TestUser Person, HtmlForm Form)> DeletionFormAsync()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        await JournalPages.CreateAsync(client);
        return (client, person, (await HtmlPage.GetAsync(client, "/account/delete")).Form().Set("Input.Password", person.Password));
    }

    private async Task<(HttpClient Client, TestUser Person)> SignedUpAsync()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        return (client, person);
    }

    private static async Task<HtmlForm> PasswordFormAsync(HttpClient client, TestUser person, string newPassword) =>
        (await HtmlPage.GetAsync(client, "/account/password")).Form()
            .Set("Input.OldPassword", person.Password)
            .Set("Input.NewPassword", newPassword)
            .Set("Input.ConfirmPassword", newPassword);

    /// <summary>Every answer leads to the page that says it is done, and that page says so (its note is shown once).</summary>
    private static async Task AssertSavedAsync(HttpClient client, HttpResponseMessage[] responses, string notice)
    {
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var location = Assert.Single(responses.Select(r => r.Headers.Location!.OriginalString).Distinct());
        var page = await HtmlPage.GetAsync(client, location);
        Assert.Contains(notice, page.Document.QuerySelector(".notice")?.TextContent);
    }
}
