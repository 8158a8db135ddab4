using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http;

/// <summary>Production over a relay to its database that a test can cut, as an outage looks to the app.</summary>
public class RelayedDatabaseFactory : ProductionAppFactory
{
    public DatabaseRelay Relay { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var direct = new NpgsqlConnectionStringBuilder(ConnectionString);
        Relay = DatabaseRelay.Start(direct.Port);
        // Short waits, so a database that stops answering is given up on within the test's patience.
        ConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Port = Relay.Port, Timeout = 3, CommandTimeout = 3 }.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Relay.DisposeAsync();
    }
}

public class DatabaseOutageTests(RelayedDatabaseFactory app) : IClassFixture<RelayedDatabaseFactory>
{
    [Fact]
    public async Task A_signed_in_person_meets_the_friendly_503_while_the_database_is_away_and_their_journal_once_it_is_back()
    {
        var client = await SignedInAsync();

        app.Relay.Cut();
        try
        {
            var away = await HtmlPage.GetAsync(client, "/journal");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.Status);
            Assert.Contains("We can't reach your journal right now; nothing you saved is lost.", away.Text);
            // What the page needs, and what anyone may ask for, comes with the same cookie as if signed out.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        }
        finally
        {
            app.Relay.Restore();
        }

        await BackWithinSecondsAsync(client);
    }

    [Fact]
    public async Task A_database_that_stops_answering_is_given_up_on_once_and_then_every_page_says_so_at_once()
    {
        var client = await SignedInAsync();
        var outage = app.Services.GetRequiredService<DatabaseOutage>();

        app.Relay.Freeze();
        try
        {
            // The first request waits out its query's timeout twice (3 s here, 5 s by default): once for the answer, and
            // once more while Npgsql asks the server to cancel the query.
            var first = Stopwatch.StartNew();
            var away = await HtmlPage.GetAsync(client, "/journal");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.Status);
            Assert.Contains("We can't reach your journal right now; nothing you saved is lost.", away.Text);
            Assert.InRange(first.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));

            for (var wait = 0; !outage.IsDown && wait < 100; wait++)
            {
                await Task.Delay(100);
            }
            Assert.True(outage.IsDown, Because());
            // From then on nobody waits: each page says so at once, and what anyone may see is served as usual.
            foreach (var path in new[] { "/journal", "/progress", "/account/sessions" })
            {
                var each = Stopwatch.StartNew();
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(path)).StatusCode);
                Assert.InRange(each.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
            }
            var style = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
            Assert.InRange(style.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        }
        finally
        {
            app.Relay.Thaw();
        }

        await BackWithinSecondsAsync(client);
    }

    /// <summary>A new person signed in, once the app has stopped probing a database the other test brought back.</summary>
    private async Task<HttpClient> SignedInAsync()
    {
        var outage = app.Services.GetRequiredService<DatabaseOutage>();
        for (var wait = 0; outage.IsDown && wait < 100; wait++)
        {
            await Task.Delay(100);
        }
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateHttpsClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
        Assert.True((await client.GetAsync("/journal")).StatusCode == HttpStatusCode.OK, Because());
        return client;
    }

    /// <summary>The journal back within seconds of the database, on the same sign-in, without restarting the app.</summary>
    private async Task BackWithinSecondsAsync(HttpClient client)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        HttpStatusCode status;
        while ((status = (await client.GetAsync("/journal")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        Assert.True(status == HttpStatusCode.OK, Because());
    }

    private string Because() => string.Join("\n", app.Logs.Events.Where(e => e.Level >= Serilog.Events.LogEventLevel.Warning)
        .Select(e => $"{e.RenderMessage()} {e.Exception?.GetType().Name}: {e.Exception?.Message}"));
}
