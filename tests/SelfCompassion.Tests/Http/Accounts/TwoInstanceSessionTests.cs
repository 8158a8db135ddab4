using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>
/// Two instances over one database, as behind the load balancer: each keeps recent sign-ins in memory, and a session
/// ended on one stops working on the other as soon as PostgreSQL's notice arrives (milliseconds), not when its memory
/// would have expired.
/// </summary>
public sealed class TwoInstanceSessionTests(AppFactory first) : IClassFixture<AppFactory>, IAsyncLifetime
{
    private AppFactory _second = null!;

    public Task InitializeAsync()
    {
        _second = first.SecondInstance();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _second.DisposeAsync();

    [Fact]
    public async Task Signing_out_on_one_instance_ends_the_session_on_the_other_well_before_its_memory_expires()
    {
        var person = TestUser.Create();
        await People.CreateAsync(first, person);
        var client = first.CreateBrowserlikeClient();
        var signedIn = await AccountPages.SignInAsync(client, person);
        var cookie = AccountPages.SignInCookie(signedIn);
        await WaitUntilTrustedAsync(_second);
        Assert.True(await AccountPages.CookieOpensJournalAsync(_second, cookie));
        Assert.True(await AccountPages.CookieOpensJournalAsync(_second, cookie));

        await AccountPages.SignOutAsync(client);

        Assert.True(await EventuallyAsync(async () => !await AccountPages.CookieOpensJournalAsync(_second, cookie), TimeSpan.FromSeconds(3)),
            "The other instance still let the ended session in.");
    }

    [Fact]
    public async Task Ending_other_browsers_from_the_sessions_page_reaches_the_other_instance()
    {
        var person = TestUser.Create();
        await People.CreateAsync(first, person);
        var here = first.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(here, person);
        var elsewhere = AccountPages.SignInCookie(await AccountPages.SignInAsync(_second.CreateBrowserlikeClient(), person));
        await WaitUntilTrustedAsync(_second);
        Assert.True(await AccountPages.CookieOpensJournalAsync(_second, elsewhere));

        var page = await HtmlPage.GetAsync(here, "/account/sessions");
        Assert.Equal(HttpStatusCode.Redirect, (await page.Form("form.end-others").SubmitAsync(here)).StatusCode);

        Assert.True(await EventuallyAsync(async () => !await AccountPages.CookieOpensJournalAsync(_second, elsewhere), TimeSpan.FromSeconds(3)),
            "The other instance still let the ended session in.");
    }

    private static async Task WaitUntilTrustedAsync(AppFactory instance)
    {
        var cache = instance.Services.GetRequiredService<SessionCache>();
        Assert.True(await EventuallyAsync(() => Task.FromResult(cache.IsTrusted), TimeSpan.FromSeconds(10)), "The instance never heard from the database.");
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }
            await Task.Delay(50);
        }
        return await condition();
    }
}
