using System.Net;
using Npgsql;

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
        ConnectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { Port = Relay.Port, Timeout = 3 }.ConnectionString;
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
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateHttpsClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
        Assert.True((await client.GetAsync("/journal")).StatusCode == HttpStatusCode.OK, Because());

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

        // Back within seconds, on the same sign-in, without restarting the app.
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
