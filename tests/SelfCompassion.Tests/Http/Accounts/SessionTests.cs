using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>Sign-ins live on the server: ending one anywhere ends it for a copied cookie too.</summary>
public class SessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Client, string Cookie)> SignInAsync(TestUser person)
    {
        var client = app.CreateBrowserlikeClient();
        var signedIn = await AccountPages.SignInAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        return (client, AccountPages.SignInCookie(signedIn));
    }

    [Fact]
    public async Task A_copied_cookie_stops_working_once_its_owner_signs_out()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var (client, cookie) = await SignInAsync(person);
        Assert.True(await AccountPages.CookieOpensJournalAsync(app, cookie));

        await AccountPages.SignOutAsync(client);

        Assert.False(await AccountPages.CookieOpensJournalAsync(app, cookie));
    }

    [Fact]
    public async Task Changing_the_password_signs_out_every_other_browser_at_once_but_not_this_one()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var (here, hereCookie) = await SignInAsync(person);
        var (_, elsewhere) = await SignInAsync(person);

        var changed = await AccountPages.ChangePasswordAsync(here, person, "a brand new calm sentence");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.False(await AccountPages.CookieOpensJournalAsync(app, elsewhere));
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/journal")).StatusCode);
        Assert.True(await AccountPages.CookieOpensJournalAsync(app, hereCookie));
    }

    [Fact]
    public async Task A_security_stamp_changed_elsewhere_ends_the_sign_in_once_its_minute_has_passed()
    {
        var (person, unchanged) = (TestUser.Create(), TestUser.Create());
        await People.CreateAsync(app, person);
        await People.CreateAsync(app, unchanged);
        var start = DateTimeOffset.UtcNow;
        app.Clock.Freeze(start);
        try
        {
            var (_, cookie) = await SignInAsync(person);
            var (_, control) = await SignInAsync(unchanged);
            using (var scope = app.Services.CreateScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
                await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(person.Email))!);
            }

            // The stamp is checked once a minute (SecurityStampCheck lets only a due request reach Identity's check).
            app.Clock.Freeze(start.AddSeconds(30));
            Assert.True(await AccountPages.CookieOpensJournalAsync(app, cookie));
            app.Clock.Freeze(start.AddMinutes(2));
            Assert.False(await AccountPages.CookieOpensJournalAsync(app, cookie));
            Assert.True(await AccountPages.CookieOpensJournalAsync(app, control));
        }
        finally
        {
            app.Clock.Thaw();
        }
    }

    [Fact]
    public async Task A_password_reset_by_mail_signs_out_every_browser()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var (_, cookie) = await SignInAsync(person);
        var anonymous = app.CreateBrowserlikeClient();
        var asked = (await HtmlPage.GetAsync(anonymous, "/account/forgot-password")).Form().Set("Input.Email", person.Email);
        await asked.SubmitAsync(anonymous);
        var link = app.Mail.LinkTo(person.Email, "/account/reset-password");
        var reset = (await HtmlPage.GetAsync(anonymous, link.PathAndQuery)).Form()
            .Set("Input.Email", person.Email).Set("Input.Password", "another calm long sentence").Set("Input.ConfirmPassword", "another calm long sentence");
        Assert.Equal(HttpStatusCode.Redirect, (await reset.SubmitAsync(anonymous)).StatusCode);

        Assert.False(await AccountPages.CookieOpensJournalAsync(app, cookie));
    }

    [Fact]
    public async Task The_sessions_page_lists_each_browser_and_signs_out_one_or_all_others()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var (here, _) = await SignInAsync(person);
        var (_, second) = await SignInAsync(person);
        var (_, third) = await SignInAsync(person);

        var page = await HtmlPage.GetAsync(here, "/account/sessions");
        Assert.Equal(3, page.Document.QuerySelectorAll(".session").Length);
        Assert.Single(page.Document.QuerySelectorAll(".session"), s => s.TextContent.Contains("(this browser)"));

        var ended = await page.Form("form.end-session").SubmitAsync(here);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        var stillOpen = new[] { await AccountPages.CookieOpensJournalAsync(app, second), await AccountPages.CookieOpensJournalAsync(app, third) };
        Assert.Single(stillOpen, open => !open);

        var all = await (await HtmlPage.GetAsync(here, "/account/sessions")).Form("form.end-others").SubmitAsync(here);
        Assert.Equal(HttpStatusCode.Redirect, all.StatusCode);
        Assert.False(await AccountPages.CookieOpensJournalAsync(app, second));
        Assert.False(await AccountPages.CookieOpensJournalAsync(app, third));
        Assert.Single((await HtmlPage.GetAsync(here, "/account/sessions")).Document.QuerySelectorAll(".session"));
    }

    [Fact]
    public async Task Another_persons_session_id_is_not_found()
    {
        var (mine, theirs) = (TestUser.Create(), TestUser.Create());
        await People.CreateAsync(app, mine);
        await People.CreateAsync(app, theirs);
        var (me, _) = await SignInAsync(mine);
        var (them, _) = await SignInAsync(theirs);
        var (_, theirOtherBrowser) = await SignInAsync(theirs);
        // Their first browser's page offers to sign out their second one: that form names its session id.
        var theirForm = (await HtmlPage.GetAsync(them, "/account/sessions")).Form("form.end-session");

        var mySessions = await HtmlPage.GetAsync(me, "/account/sessions");
        var token = mySessions.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var response = await me.PostAsync(theirForm.Action, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(await AccountPages.CookieOpensJournalAsync(app, theirOtherBrowser));
    }

    [Fact]
    public async Task Activity_shows_sign_ins_failed_tries_and_a_password_change_without_any_address_in_full()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person, "not the right password at all");
        var (client, _) = await SignInAsync(person);
        await AccountPages.ChangePasswordAsync(client, person, "a brand new calm sentence");

        var page = await HtmlPage.GetAsync(client, "/account/activity");
        var rows = page.Document.QuerySelectorAll("table.activity tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Password changed"));
        Assert.Contains(rows, r => r.Contains("Signed in"));
        Assert.Contains(rows, r => r.Contains("A sign-in that didn't succeed"));
    }
}
