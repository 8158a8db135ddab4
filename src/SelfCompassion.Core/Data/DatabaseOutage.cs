using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SelfCompassion.Data;

/// <summary>
/// Notices when the database goes away and when it is back, and says so once each. A failed request only raises a
/// doubt: a probe of its own then decides. Once the probe finds the database away, every request meets the friendly
/// 503 at once (<see cref="OutageBreaker"/>) instead of waiting out a timeout of its own against a database that no
/// longer answers, and the log gets one warning instead of a stack trace per request (docs/adr/0018).
/// </summary>
public sealed class DatabaseOutage(Func<CancellationToken, Task<bool>> probe, ILogger<DatabaseOutage> logger, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(2);

    /// <summary>How long the probe gives the database to connect and to answer, each.</summary>
    public const int ProbeSeconds = 3;

    private int _probing;
    private volatile bool _down;

    public bool IsDown => _down;

    /// <summary>
    /// For the app: a probe on a connection of its own, outside the pool (a pooled open hands back an idle connection
    /// without asking the server anything), that must answer a query within <see cref="ProbeSeconds"/>.
    /// </summary>
    public static DatabaseOutage ForConnection(string connectionString, ILogger<DatabaseOutage> logger, IHostApplicationLifetime lifetime)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Timeout = ProbeSeconds,
            CommandTimeout = ProbeSeconds,
        }.ConnectionString;
        return new(async cancellationToken =>
        {
            try
            {
                await using var connection = new NpgsqlConnection(unpooled);
                await connection.OpenAsync(cancellationToken);
                await using var answer = new NpgsqlCommand("SELECT 1", connection);
                await answer.ExecuteScalarAsync(cancellationToken);
                return true;
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                return false;
            }
        }, logger, lifetime);
    }

    /// <summary>
    /// Called whenever something finds the database unreachable: starts the probe unless one is running. A report the
    /// probe doesn't confirm (one slow query, one broken connection) changes nothing and says nothing.
    /// </summary>
    public void Report()
    {
        if (Interlocked.Exchange(ref _probing, 1) == 0)
        {
            _ = WatchAsync(lifetime.ApplicationStopping);
        }
    }

    private async Task WatchAsync(CancellationToken stopping)
    {
        try
        {
            while (!await probe(stopping))
            {
                if (!_down)
                {
                    _down = true;
                    logger.LogWarning("The database can't be reached; pages answer 503 and nothing saved is lost. Checking again every {Seconds} s", ProbeEvery.TotalSeconds);
                }
                await Task.Delay(ProbeEvery, stopping);
            }
            if (_down)
            {
                // Idle connections from before the outage would fail the first requests after it, one each.
                NpgsqlConnection.ClearAllPools();
                _down = false;
                logger.LogWarning("The database is reachable again");
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping; nothing more to say.
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }
}
