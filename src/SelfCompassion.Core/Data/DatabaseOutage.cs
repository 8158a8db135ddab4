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
public sealed class DatabaseOutage(Func<CancellationToken, Task<bool>> probe, ILogger<DatabaseOutage> logger,
    IHostApplicationLifetime lifetime, Action? recovered = null)
{
    /// <summary>The pause between one probe's end and the next while the database is away.</summary>
    private static readonly TimeSpan ProbeAfter = TimeSpan.FromSeconds(2);

    /// <summary>Failures the probe doesn't confirm are told at most this often, so a slow query can't flood the log.</summary>
    private static readonly TimeSpan TellDoubtsEvery = TimeSpan.FromMinutes(1);

    private int _probing;
    private volatile bool _down;
    private long _doubtToldAt = long.MinValue;

    public bool IsDown => _down;

    /// <summary>
    /// For the app: a probe on a connection of its own, outside the pool (a pooled open hands back an idle connection
    /// without asking the server anything), given as long as a page is. On the way back, only this app's idle
    /// connections from before the outage are let go: each would have failed one request.
    /// </summary>
    public static DatabaseOutage ForConnection(string connectionString, ILogger<DatabaseOutage> logger, IHostApplicationLifetime lifetime)
    {
        var unpooled = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Timeout = AppDbContextOptions.ConnectSeconds,
            CommandTimeout = AppDbContextOptions.CommandSeconds,
        }.ConnectionString;
        var pooled = AppDbContextOptions.Pooled(connectionString);
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
            // The server answered, if only to refuse (too many connections, a wrong password): pooled connections may
            // still work, and a real error must reach the person's page and the log rather than hide behind the 503.
            catch (PostgresException ex) when (ex.SqlState == "53300" || !DatabaseUnavailable.Is(ex))
            {
                return true;
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                return false;
            }
        }, logger, lifetime, () =>
        {
            using var connection = new NpgsqlConnection(pooled);
            NpgsqlConnection.ClearPool(connection);
        });
    }

    /// <summary>
    /// Called whenever something finds the database unreachable: starts the probe unless one is running. A report the
    /// probe doesn't confirm (a slow query, one broken connection) leaves requests going through, and is told as a
    /// warning naming only the kind of failure, at most once a minute.
    /// </summary>
    public void Report(Exception? cause = null)
    {
        if (Interlocked.Exchange(ref _probing, 1) == 1)
        {
            return;
        }
        // The probe outlives the request that raised the doubt; its lines must not carry that request's log scope.
        using (ExecutionContext.SuppressFlow())
        {
            _ = Task.Run(() => WatchAsync(cause?.GetBaseException().GetType().Name, lifetime.ApplicationStopping));
        }
    }

    private async Task WatchAsync(string? reason, CancellationToken stopping)
    {
        try
        {
            while (!await probe(stopping))
            {
                if (!_down)
                {
                    _down = true;
                    logger.LogWarning("The database can't be reached; pages answer 503 and nothing saved is lost. Checking again {Seconds} s after each try", ProbeAfter.TotalSeconds);
                }
                await Task.Delay(ProbeAfter, stopping);
            }
            if (_down)
            {
                recovered?.Invoke();
                _down = false;
                logger.LogWarning("The database is reachable again");
            }
            else if (reason is not null && DueToTellDoubt())
            {
                logger.LogWarning("A request failed at the database ({Reason}) while it answers; if this repeats, look for slow queries or locks", reason);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping; nothing more to say.
        }
        catch (Exception ex)
        {
            // A probe that fails in a way nobody foresaw must not leave every page saying the database is away.
            _down = false;
            logger.LogError(ex, "Checking whether the database answers failed");
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }

    private bool DueToTellDoubt()
    {
        var now = Environment.TickCount64;
        var told = Interlocked.Read(ref _doubtToldAt);
        return (told == long.MinValue || now - told >= (long)TellDoubtsEvery.TotalMilliseconds)
            && Interlocked.CompareExchange(ref _doubtToldAt, now, told) == told;
    }
}
