using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http;

/// <summary>Production over a relay to its database that a test can cut, as an outage looks to the app.</summary>
public class RelayedDatabaseFactory : ProductionAppFactory
{
    public DatabaseRelay Relay { get; private set; } = null!;

    public DatabaseOutage Outage => Services.GetRequiredService<DatabaseOutage>();

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

    /// <summary>A new person signed in, once the app has stopped probing a database an earlier test brought back.</summary>
    public async Task<HttpClient> SignedInAsync()
    {
        for (var wait = 0; Outage.IsDown && wait < 100; wait++)
        {
            await Task.Delay(100);
        }
        var person = TestUser.Create();
        await People.CreateAsync(this, person);
        var client = CreateHttpsClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
        Assert.True((await client.GetAsync("/journal")).StatusCode == HttpStatusCode.OK, Because());
        return client;
    }

    /// <summary>The journal back within seconds of the database, on the same sign-in, without restarting the app.</summary>
    public async Task BackWithinSecondsAsync(HttpClient client)
    {
        var until = DateTime.UtcNow.AddSeconds(5);
        HttpStatusCode status;
        while ((status = (await client.GetAsync("/journal")).StatusCode) != HttpStatusCode.OK && DateTime.UtcNow < until)
        {
            await Task.Delay(100);
        }
        Assert.True(status == HttpStatusCode.OK, Because());
    }

    /// <summary>What the app warned about, for a failed assertion's message.</summary>
    public string Because() => string.Join("\n", Logs.Events.Where(e => e.Level >= Serilog.Events.LogEventLevel.Warning)
        .Select(e => $"{e.RenderMessage()} {e.Exception?.GetType().Name}: {e.Exception?.Message}"));
}
