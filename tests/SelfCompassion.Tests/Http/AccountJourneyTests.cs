using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;

namespace SelfCompassion.Tests.Http;

public class AccountJourneyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_new_person_registers_confirms_from_the_mail_signs_in_and_signs_out()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create("Avery");

        var registered = await AccountPages.RegisterAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        Assert.Equal("/account/register-confirmation", registered.Response.Headers.Location?.OriginalString);

        var mail = app.Mail.Latest(person.Email);
        Assert.Contains("confirm", mail.Subject, StringComparison.OrdinalIgnoreCase);

        var beforeConfirming = await AccountPages.SignInAsync(client, person);
        Assert.Contains("Please confirm your email first", beforeConfirming.Text);

        var confirmed = await HtmlPage.ParseAsync(await AccountPages.ConfirmFromMailAsync(client, app.Mail, person));
        Assert.Equal(HttpStatusCode.OK, confirmed.Status);
        Assert.Contains("Your email is confirmed", confirmed.Text);

        var signedIn = await AccountPages.SignInAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        var home = await HtmlPage.GetAsync(client, "/");
        Assert.Equal("Avery", home.Document.QuerySelector(".menu summary")?.TextContent.Trim());

        var signedOut = await AccountPages.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var afterwards = await HtmlPage.GetAsync(client, "/");
        Assert.Null(afterwards.Document.QuerySelector(".menu"));
        Assert.Contains("You've signed out", afterwards.Text);
    }

    [Fact]
    public async Task The_time_zone_from_the_browser_is_kept_with_the_account()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person, form => form.Set("Input.TimeZone", "Asia/Seoul"));

        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(person.Email);
        Assert.Equal("Asia/Seoul", user!.TimeZoneId);
    }

    [Fact]
    public async Task A_zone_the_browser_names_by_an_older_name_stays_chosen_when_only_the_name_is_changed()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person, form => form.Set("Input.TimeZone", "Asia/Calcutta"));
        await AccountPages.ConfirmFromMailAsync(client, app.Mail, person);
        await AccountPages.SignInAsync(client, person);

        var account = await HtmlPage.GetAsync(client, "/account");
        Assert.Equal("Asia/Calcutta", account.Document.QuerySelector("select[name='Input.TimeZone'] option[selected]")?.GetAttribute("value"));
        var saved = await account.Form().Set("Input.DisplayName", "Robin Again").SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(person.Email);
        Assert.Equal(("Robin Again", "Asia/Calcutta"), (user!.DisplayName, user.TimeZoneId));
    }

    [Fact]
    public async Task Five_wrong_passwords_at_the_form_lock_the_account()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        await AccountPages.SignOutAsync(client);

        for (var i = 0; i < 5; i++)
        {
            var refused = await AccountPages.SignInAsync(client, person, "this is not my password");
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains("don't match an account", refused.FormErrors());
        }

        var locked = await AccountPages.SignInAsync(client, person);
        Assert.Equal(HttpStatusCode.OK, locked.Status);
        Assert.Contains("pauses for 15 minutes", locked.FormErrors());
    }

    [Fact]
    public async Task Registering_a_known_email_looks_the_same_and_mails_the_owner_instead()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person);

        var again = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person with { DisplayName = "Someone else" });

        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Equal("/account/register-confirmation", again.Response.Headers.Location?.OriginalString);
        Assert.Contains("already have", app.Mail.Latest(person.Email).Subject);
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(person.Email);
        Assert.Equal(person.DisplayName, user!.DisplayName);
    }

    [Fact]
    public async Task A_forgotten_password_is_reset_from_the_mailed_link()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        await AccountPages.SignOutAsync(client);

        var forgot = await HtmlPage.GetAsync(client, "/account/forgot-password");
        var sent = await forgot.Form().Set("Input.Email", person.Email).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var link = app.Mail.LinkTo(person.Email, "/account/reset-password");
        var reset = await HtmlPage.GetAsync(client, link.PathAndQuery);
        const string newPassword = "a new and quiet morning";
        var done = await reset.Form()
            .Set("Input.Email", person.Email)
            .Set("Input.Password", newPassword)
            .Set("Input.ConfirmPassword", newPassword)
            .SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await AccountPages.SignInAsync(client, person)).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person, newPassword)).Status);
    }

    [Fact]
    public async Task Forgot_password_says_the_same_for_an_unknown_email_and_sends_nothing()
    {
        var client = app.CreateBrowserlikeClient();
        var stranger = TestUser.Create();
        var forgot = await HtmlPage.GetAsync(client, "/account/forgot-password");
        var sent = await forgot.Form().Set("Input.Email", stranger.Email).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        var after = await HtmlPage.GetAsync(client, "/account/forgot-password");
        Assert.Contains("If an account uses that email", after.Text);
        Assert.Empty(app.Mail.To(stranger.Email));
    }

    [Fact]
    public async Task A_new_display_name_shows_in_the_header_at_once()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create("Kai");
        await AccountPages.SignUpAsync(client, app.Mail, person);

        var account = await HtmlPage.GetAsync(client, "/account");
        var saved = await account.Form().Set("Input.DisplayName", "Kai R.").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = await HtmlPage.GetAsync(client, "/account");
        Assert.Equal("Kai R.", after.Document.QuerySelector(".menu summary")?.TextContent.Trim());
        Assert.Contains("Your changes are saved.", after.Text);
    }

    [Fact]
    public async Task Changing_the_password_needs_the_current_one()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        const string newPassword = "evening light on water";

        var wrong = await (await HtmlPage.GetAsync(client, "/account/password")).Form()
            .Set("Input.OldPassword", "not my current password")
            .Set("Input.NewPassword", newPassword)
            .Set("Input.ConfirmPassword", newPassword)
            .SubmitAsync(client);
        var wrongPage = await HtmlPage.ParseAsync(wrong);
        Assert.Contains("current password isn't right", wrongPage.ErrorFor("Input.OldPassword"));

        var changed = await (await HtmlPage.GetAsync(client, "/account/password")).Form()
            .Set("Input.OldPassword", person.Password)
            .Set("Input.NewPassword", newPassword)
            .Set("Input.ConfirmPassword", newPassword)
            .SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await AccountPages.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person, newPassword)).Status);
    }

    [Fact]
    public async Task Account_pages_ask_a_stranger_to_sign_in_first()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/account/password");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/account/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Sign_in_returns_only_to_pages_of_this_site()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        await AccountPages.SignOutAsync(client);

        var login = await HtmlPage.GetAsync(client, "/account/login?returnUrl=https%3A%2F%2Fevil.example%2F");
        var response = await login.Form().Set("Input.Email", person.Email).Set("Input.Password", person.Password).SubmitAsync(client);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_journey_leaves_no_email_password_or_token_in_the_logs()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        var link = app.Mail.LinkTo(person.Email, "/account/confirm-email");
        var code = System.Web.HttpUtility.ParseQueryString(link.Query)["code"]!;

        var logs = app.Logs.AllText();
        Assert.Contains("signed in", logs);
        Assert.DoesNotContain(person.Email, logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(person.Password, logs);
        Assert.DoesNotContain(code, logs);
        Assert.DoesNotContain("code=", logs);
    }
}
