using System.Net;
using OtpNet;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>Two-step sign-in with an authenticator app: codes computed here as the person's phone would.</summary>
public class TwoFactorTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Code(string key, double secondsFromNow = 0) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(secondsFromNow));

    /// <summary>Turns two-step sign-in on through the page; returns the shared key and the recovery codes shown once.</summary>
    private static async Task<(string Key, List<string> RecoveryCodes)> TurnOnAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/account/two-factor");
        var key = page.Document.QuerySelector("code.shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        Assert.StartsWith("data:image/png;base64,", page.Document.QuerySelector("img.qr")!.GetAttribute("src"));
        var turnedOn = await page.Form().Set("Input.Code", Code(key)).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, turnedOn.StatusCode);
        var shown = await HtmlPage.GetAsync(client, "/account/two-factor");
        var codes = shown.Document.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Empty((await HtmlPage.GetAsync(client, "/account/two-factor")).Document.QuerySelectorAll(".recovery-codes code"));
        return (key, codes);
    }

    private async Task<HtmlPage> PasswordStepAsync(HttpClient client, TestUser person)
    {
        var signedIn = await AccountPages.SignInAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.StartsWith("/account/login-2fa", signedIn.Response.Headers.Location!.OriginalString);
        return await HtmlPage.GetAsync(client, signedIn.Response.Headers.Location!.OriginalString);
    }

    private static async Task<HtmlPage> CodeStepAsync(HttpClient client, HtmlPage step, string code) =>
        await HtmlPage.ParseAsync(await step.Form().Set("Input.Code", code).SubmitAsync(client));

    [Fact]
    public async Task Turning_it_on_with_the_form_sent_twice_shows_recovery_codes_that_work()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        var page = await HtmlPage.GetAsync(client, "/account/two-factor");
        var key = page.Document.QuerySelector("code.shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var form = page.Form().Set("Input.Code", Code(key));

        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);

        var shown = (await HtmlPage.GetAsync(client, "/account/two-factor")).Document.QuerySelectorAll(".recovery-codes code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, shown.Count);
        await AccountPages.SignOutAsync(client);
        await PasswordStepAsync(client, person);
        var signedIn = await (await HtmlPage.GetAsync(client, "/account/login-recovery")).Form().Set("Input.Code", shown[0]).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
    }

    [Fact]
    public async Task With_two_step_sign_in_on_a_password_alone_is_not_enough_and_a_fresh_code_signs_in_once()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        var (key, _) = await TurnOnAsync(client);
        await AccountPages.SignOutAsync(client);

        var step = await PasswordStepAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/journal")).StatusCode);

        var wrong = await CodeStepAsync(client, step, "000000");
        Assert.Contains("That code didn't work", wrong.ErrorFor("Input.Code"));

        var expired = await CodeStepAsync(client, step, Code(key, secondsFromNow: -120));
        Assert.Contains("That code didn't work", expired.ErrorFor("Input.Code"));

        var code = Code(key, secondsFromNow: 30);
        var signedIn = await CodeStepAsync(client, step, code);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/journal")).StatusCode);

        // The same code, seen over someone's shoulder, doesn't work a second time.
        var other = app.CreateBrowserlikeClient();
        var reused = await CodeStepAsync(other, await PasswordStepAsync(other, person), code);
        Assert.Contains("That code didn't work", reused.ErrorFor("Input.Code"));
        Assert.Equal(HttpStatusCode.Redirect, (await other.GetAsync("/journal")).StatusCode);
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        var (_, codes) = await TurnOnAsync(client);
        await AccountPages.SignOutAsync(client);

        async Task<HtmlPage> RecoverAsync(HttpClient browser)
        {
            await PasswordStepAsync(browser, person);
            var form = (await HtmlPage.GetAsync(browser, "/account/login-recovery")).Form().Set("Input.Code", codes[3]);
            return await HtmlPage.ParseAsync(await form.SubmitAsync(browser));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await RecoverAsync(client)).Status);
        var again = await RecoverAsync(app.CreateBrowserlikeClient());
        Assert.Contains("That recovery code didn't work", again.ErrorFor("Input.Code"));
    }

    [Fact]
    public async Task Turning_it_on_needs_a_right_code_and_off_needs_the_password()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);

        var setup = await HtmlPage.GetAsync(client, "/account/two-factor");
        var refused = await HtmlPage.ParseAsync(await setup.Form().Set("Input.Code", "123456").SubmitAsync(client));
        Assert.Contains("That code didn't work", refused.ErrorFor("Input.Code"));
        Assert.NotNull((await HtmlPage.GetAsync(client, "/account/two-factor")).Document.QuerySelector("code.shared-key"));

        await TurnOnAsync(client);
        var wrongPassword = await HtmlPage.ParseAsync(await (await HtmlPage.GetAsync(client, "/account/two-factor/off")).Form()
            .Set("Input.Password", "not my password at all").SubmitAsync(client));
        Assert.Equal("That password isn't right. Please try again.", wrongPassword.ErrorFor("Input.Password"));
        Assert.Contains("is on", (await HtmlPage.GetAsync(client, "/account/two-factor")).Text);

        var off = await (await HtmlPage.GetAsync(client, "/account/two-factor/off")).Form().Set("Input.Password", person.Password).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        await AccountPages.SignOutAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/journal")).StatusCode);
    }

    [Fact]
    public async Task Turning_it_on_signs_out_every_other_browser()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        var elsewhere = AccountPages.SignInCookie(await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person));

        await TurnOnAsync(client);

        Assert.False(await AccountPages.CookieOpensJournalAsync(app, elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/journal")).StatusCode);
    }
}
