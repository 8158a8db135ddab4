using System.Net;
using Microsoft.AspNetCore.Hosting;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>The app with its real limits, behind a proxy that names each caller's address (as X-Forwarded-For).</summary>
public sealed class RateLimitedAppFactory : AppFactory
{
    protected override bool RealRateLimits => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ForwardedHeaders:Enabled", "true");
    }

    /// <summary>A browser at its own network address.</summary>
    public HttpClient ClientAt(string address)
    {
        var client = CreateBrowserlikeClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
        return client;
    }
}

public class RateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Wrong_passwords_across_many_accounts_from_one_address_are_paused_with_a_friendly_429()
    {
        var client = app.ClientAt("198.51.100.7");
        var answers = new List<HtmlPage>();
        for (var i = 0; i < 30; i++)
        {
            answers.Add(await AccountPages.SignInAsync(client, TestUser.Create(), "not anyone's password at all"));
        }

        var paused = answers.First(a => a.Status == HttpStatusCode.TooManyRequests);
        Assert.True(answers.Count(a => a.Status == HttpStatusCode.OK) <= 20);
        Assert.True(int.Parse(paused.Response.Headers.GetValues("Retry-After").Single()) > 0);
        Assert.Contains("Let's take a short pause", paused.Text);
        Assert.NotNull(paused.Document.QuerySelector("header .brand"));

        // Someone else, elsewhere, is not affected.
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(app.ClientAt("203.0.113.9"), person)).Status);
    }

    [Fact]
    public async Task A_household_signing_in_a_few_times_a_minute_and_writing_many_entries_is_never_slowed()
    {
        const string home = "192.0.2.44";
        for (var i = 0; i < 6; i++)
        {
            var person = TestUser.Create();
            await People.CreateAsync(app, person);
            var client = app.ClientAt(home);
            Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
            if (i == 0)
            {
                for (var entry = 0; entry < 40; entry++)
                {
                    Assert.Equal(HttpStatusCode.Redirect, (await (await JournalPages.NewEntryFormAsync(client, $"thought {entry}")).SubmitAsync(client)).StatusCode);
                }
            }
        }
    }

    [Fact]
    public async Task Sign_ups_and_link_asks_from_one_address_are_limited()
    {
        var client = app.ClientAt("198.51.100.99");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            statuses.Add((await AccountPages.RegisterAsync(client, TestUser.Create())).Status);
        }
        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        var asks = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            var form = (await HtmlPage.GetAsync(client, "/account/forgot-password")).Form().Set("Input.Email", $"someone-{i}@example.test");
            asks.Add((await form.SubmitAsync(client)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.TooManyRequests, asks[^1]);
    }
}
