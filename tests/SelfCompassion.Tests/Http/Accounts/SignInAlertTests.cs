namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>A sign-in from a browser the account hasn't seen is told to its owner by mail; a new account's first isn't.</summary>
public class SignInAlertTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Alert = "A new sign-in to your SelfCompassion account";

    private HttpClient ClientAs(string userAgent)
    {
        var client = app.CreateBrowserlikeClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return client;
    }

    [Fact]
    public async Task A_new_accounts_first_sign_in_is_no_news_and_one_from_another_browser_is()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);

        await AccountPages.SignInAsync(ClientAs("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"), person);
        Assert.DoesNotContain(app.Mail.To(person.Email), m => m.Subject == Alert);

        await AccountPages.SignInAsync(ClientAs("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"), person);
        Assert.Single(app.Mail.To(person.Email), m => m.Subject == Alert);
    }

    [Fact]
    public async Task An_account_idle_past_the_90_days_its_records_are_kept_is_still_told_of_a_new_browser()
    {
        var person = TestUser.Create();
        var id = await People.CreateAsync(app, person);
        await app.ExecuteAsync("""UPDATE "AspNetUsers" SET "CreatedAt" = now() - interval '200 days' WHERE "Id" = $1""", id);

        await AccountPages.SignInAsync(ClientAs("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36"), person);

        Assert.Single(app.Mail.To(person.Email), m => m.Subject == Alert);
    }
}
