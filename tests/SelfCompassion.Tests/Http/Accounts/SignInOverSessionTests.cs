using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>
/// A shared computer where someone is still signed in: the next person signs in only after they sign out. The cookie
/// handler renews the session a request carries, so a sign-in over it would have carried the first person's session
/// on under the second, and a copy of the first person's cookie would have opened the second person's account.
/// </summary>
public class SignInOverSessionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Signing_in_over_someone_elses_sign_in_is_refused_and_their_copied_cookie_never_opens_the_new_account()
    {
        var (first, second) = (TestUser.Create("Ash"), TestUser.Create("Bea"));
        await People.CreateAsync(app, first);
        await People.CreateAsync(app, second);
        var shared = app.CreateBrowserlikeClient();
        var signedIn = await AccountPages.SignInAsync(shared, first);
        var copied = AccountPages.SignInCookie(signedIn);

        // A sign-in form opened before the first person signed in, sent now.
        var login = await HtmlPage.GetAsync(shared, "/account/login");
        var token = login.Document.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!;
        var sent = await shared.PostAsync("/account/login", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token), new("Input.Email", second.Email), new("Input.Password", second.Password),
        ]));

        Assert.Equal("Ash", await NameOnAccountPageAsync(copied));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.StartsWith("/account/login", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.False(sent.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("sc-auth=", StringComparison.Ordinal)));
        var asked = await HtmlPage.GetAsync(shared, "/account/login");
        Assert.Contains("You're signed in already, as Ash", asked.Document.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(asked.Document.QuerySelector("input[name='Input.Password']"));
    }

    [Fact]
    public async Task After_signing_out_the_next_person_signs_in_with_a_session_of_their_own()
    {
        var (first, second) = (TestUser.Create("Ash"), TestUser.Create("Bea"));
        await People.CreateAsync(app, first);
        await People.CreateAsync(app, second);
        var shared = app.CreateBrowserlikeClient();
        var copied = AccountPages.SignInCookie(await AccountPages.SignInAsync(shared, first));

        await AccountPages.SignOutAsync(shared);
        var next = await AccountPages.SignInAsync(shared, second);

        Assert.Equal(HttpStatusCode.Redirect, next.Status);
        Assert.NotEqual(copied, AccountPages.SignInCookie(next));
        Assert.Null(await NameOnAccountPageAsync(copied));
        Assert.Equal("Bea", await NameOnAccountPageAsync(AccountPages.SignInCookie(next)));
    }

    [Fact]
    public async Task A_session_is_never_renewed_for_anyone_but_its_owner_and_one_already_ended_stays_ended()
    {
        var (first, second) = (TestUser.Create("Ash"), TestUser.Create("Bea"));
        await People.CreateAsync(app, first);
        await People.CreateAsync(app, second);
        var copied = AccountPages.SignInCookie(await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), first));

        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var (ash, bea) = ((await users.FindByEmailAsync(first.Email))!.Id, (await users.FindByEmailAsync(second.Email))!.Id);
            var session = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Set<UserSession>().IgnoreQueryFilters()
                .Where(s => s.OwnerId == ash).Select(s => s.Id).SingleAsync();
            var store = scope.ServiceProvider.GetRequiredService<SessionStore>();

            await Assert.ThrowsAsync<InvalidOperationException>(() => store.RenewAsync(session, bea, [1, 2, 3], null, CancellationToken.None));
            await store.RenewAsync(Guid.NewGuid(), bea, [1, 2, 3], null, CancellationToken.None);
        }

        Assert.Equal("Ash", await NameOnAccountPageAsync(copied));
    }

    /// <summary>The name the account menu shows to a request carrying only this cookie, or null when it opens nothing.</summary>
    private async Task<string?> NameOnAccountPageAsync(string cookie)
    {
        var stranger = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/account");
        request.Headers.Add("Cookie", cookie);
        var response = await stranger.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }
        return (await HtmlPage.ParseAsync(response)).Document.QuerySelector("summary")!.TextContent.Trim();
    }
}
