using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>The privacy notice says account records are kept 90 days and sign-ins until they end: that has to be so.</summary>
public class AccountHousekeepingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Events_older_than_90_days_and_run_out_sign_ins_are_deleted_and_the_rest_kept()
    {
        var person = TestUser.Create();
        var id = await People.CreateAsync(app, person);
        var here = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(here, person);
        await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person);
        await app.ExecuteAsync("""
            UPDATE user_sessions SET "ExpiresAt" = now() - interval '1 minute'
            WHERE "Id" = (SELECT "Id" FROM user_sessions WHERE "OwnerId" = $1 ORDER BY "CreatedAt" DESC LIMIT 1)
            """, id);
        await app.ExecuteAsync("""
            INSERT INTO account_events ("Id", "OwnerId", "Kind", "At", "Browser", "Place")
            VALUES (gen_random_uuid(), $1, 'SignedIn', now() - interval '91 days', 'Firefox on Linux', '192.0.2.x')
            """, id);

        Assert.Single((await HtmlPage.GetAsync(here, "/account/sessions")).Document.QuerySelectorAll(".session"));
        await app.Services.GetRequiredService<AccountHousekeeping>().SweepAsync(CancellationToken.None);

        Assert.Equal(1L, await app.ScalarAsync<long>("""SELECT count(*) FROM user_sessions WHERE "OwnerId" = $1""", id));
        Assert.Equal(0L, await app.ScalarAsync<long>("""SELECT count(*) FROM account_events WHERE "OwnerId" = $1 AND "At" < now() - interval '90 days'""", id));
        Assert.True(await app.ScalarAsync<long>("""SELECT count(*) FROM account_events WHERE "OwnerId" = $1""", id) >= 2);
        Assert.Single((await HtmlPage.GetAsync(here, "/account/sessions")).Document.QuerySelectorAll(".session"));
    }

    [Fact]
    public async Task An_account_never_confirmed_within_a_week_is_deleted_and_a_newer_one_waits()
    {
        var (stale, fresh) = (TestUser.Create(), TestUser.Create());
        await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), stale);
        await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), fresh);
        await app.ExecuteAsync("""UPDATE "AspNetUsers" SET "CreatedAt" = now() - interval '8 days' WHERE "NormalizedEmail" = $1""", stale.Email.ToUpperInvariant());

        await app.Services.GetRequiredService<AccountHousekeeping>().SweepAsync(CancellationToken.None);

        Assert.Equal(0L, await app.ScalarAsync<long>("""SELECT count(*) FROM "AspNetUsers" WHERE "NormalizedEmail" = $1""", stale.Email.ToUpperInvariant()));
        Assert.Equal(1L, await app.ScalarAsync<long>("""SELECT count(*) FROM "AspNetUsers" WHERE "NormalizedEmail" = $1""", fresh.Email.ToUpperInvariant()));
    }
}
