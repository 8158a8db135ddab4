using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>
/// Behind a pooler that lends connections per transaction a LISTEN is lost, so the notices that end sessions on every
/// instance can come through a connection string of their own (ConnectionStrings:Listen), straight to PostgreSQL.
/// </summary>
public class ListenConnectionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Session_notices_are_heard_through_the_listen_connection_string_when_one_is_given()
    {
        var listen = new NpgsqlConnectionStringBuilder(app.ConnectionString) { ApplicationName = "sc-listen-" + Guid.NewGuid().ToString("N")[..8] };
        await using var instance = app.WithWebHostBuilder(b => b.UseSetting("ConnectionStrings:Listen", listen.ConnectionString));
        var cache = instance.Services.GetRequiredService<SessionCache>();

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!cache.IsTrusted && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }
        Assert.True(cache.IsTrusted, "The instance never started hearing session notices.");

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = $1", connection)
        {
            Parameters = { new() { Value = listen.ApplicationName } },
        };
        Assert.Equal(1, (int)(await command.ExecuteScalarAsync())!);
    }
}
