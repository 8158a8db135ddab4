using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// Listens for PostgreSQL's notices that a session ended or was renewed (a trigger on user_sessions sends them, from
/// whichever instance made the change) and forgets that session here. While the listening connection is down the
/// cache is distrusted, so every request goes to the database until notices flow again.
/// </summary>
internal sealed class SessionChanges(IDbContextFactory<AppDbContext> contexts, IOptions<DatabaseOptions> options, SessionCache cache,
    DatabaseOutage outage, ILogger<SessionChanges> logger) : BackgroundService
{
    public const string Channel = "session_changes";

    /// <summary>
    /// How often a quiet connection is checked, and how long the check may take: a silently lost connection is
    /// noticed (and the cache emptied) within about twice this, well inside the cache's own 30 seconds.
    /// </summary>
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);

    private int _failures;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        string main;
        await using (var db = await contexts.CreateDbContextAsync(stoppingToken))
        {
            main = db.Database.GetConnectionString()!;
        }
        // Its own connection, outside the pool: the LISTEN must never travel to a connection a query borrows.
        var connectionString = new NpgsqlConnectionStringBuilder(options.Value.DirectConnectionString(main)) { Pooling = false }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(connectionString, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                cache.Distrust();
                // This connection is checked every few seconds, so it notices a silent database even with no request.
                if (DatabaseUnavailable.Is(ex))
                {
                    outage.Report(ex);
                }
                // One line per outage, not one per retry.
                if (_failures++ == 0)
                {
                    logger.LogWarning("Not hearing about ended sessions ({Reason}); every request reads its session from the database until this recovers", ex.GetType().Name);
                }
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(30, 2 * _failures)), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
        cache.Distrust();
    }

    private async Task ListenAsync(string connectionString, CancellationToken stoppingToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        connection.Notification += (_, notice) =>
        {
            if (Guid.TryParse(notice.Payload, out var id))
            {
                cache.Forget(id);
            }
        };
        await connection.OpenAsync(stoppingToken);
        await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }
        cache.Trust();
        _failures = 0;
        logger.LogInformation("Hearing about ended sessions; recent sign-ins are kept in memory");
        try
        {
            while (true)
            {
                if (!await connection.WaitAsync(CheckEvery, stoppingToken))
                {
                    await using var check = new NpgsqlCommand("SELECT 1", connection) { CommandTimeout = (int)CheckEvery.TotalSeconds };
                    await check.ExecuteScalarAsync(stoppingToken);
                }
            }
        }
        finally
        {
            cache.Distrust();
        }
    }
}
