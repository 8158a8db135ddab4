using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SelfCompassion.Data;

/// <summary>
/// Notices when the database goes away and when it is back, and says so once each. A failed request only raises a
/// doubt: a probe of its own then decides. Once the probe finds the database away, every request meets the friendly
/// 503 at once (<see cref="OutageBreaker"/>) instead of waiting out a timeout of its own against a database that no
/// longer answers, and the log gets one warning instead of a stack trace per request (docs/adr/0018).
/// <see cref="DatabaseHeartbeat"/> tells it sooner of a database that stops answering, before any request's query has
/// run out of time, and while it is away the thread pool keeps spare threads for the requests stuck on it.
/// </summary>
public sealed class DatabaseOutage(Func<CancellationToken, Task<bool>> probe, ILogger<DatabaseOutage> logger,
    IHostApplicationLifetime lifetime, Action? recovered = null, int spareThreads = 0)
{
    /// <summary>The pause between one probe's end and the next while the database is away.</summary>
    private static readonly TimeSpan ProbeAfter = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Failures the probe doesn't confirm, and the probe's own unforeseen failures, are each told at most this often,
    /// so a slow query or a probe failing the same way again can't flood the log.
    /// </summary>
    private static readonly TimeSpan TellEvery = TimeSpan.FromMinutes(1);

    private readonly ThreadReserve _reserve = new(spareThreads, lifetime.ApplicationStopping);
    private readonly Lock _changing = new();
    private int _probing;
    private volatile bool _down;
    private bool _toldDown;
    private long _silenceToldAt = long.MinValue;
    private long _doubtToldAt = long.MinValue;
    private long _failureToldAt = long.MinValue;

    public bool IsDown => _down;

    /// <summary>
    /// For the app: a probe on a connection of its own, outside the pool (a pooled open hands back an idle connection
    /// without asking the server anything), given as long as a page is, whatever the connection string says. On the
    /// way back, only this app's idle connections from before the outage are let go: each would have failed one request.
    /// </summary>
    public static DatabaseOutage ForConnection(string connectionString, ILogger<DatabaseOutage> logger, IHostApplicationLifetime lifetime)
    {
        var pooled = AppDbContextOptions.Pooled(connectionString);
        var unpooled = new NpgsqlConnectionStringBuilder(pooled) { Pooling = false }.ConnectionString;
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
        }, new NpgsqlConnectionStringBuilder(pooled).MaxPoolSize);
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
        // Queued without the caller's execution context: the probe outlives the request that raised the doubt, and its
        // lines must not carry that request's log scope.
        var reason = cause?.GetBaseException().GetType().Name;
        ThreadPool.UnsafeQueueUserWorkItem(_ => _ = WatchAsync(reason, lifetime.ApplicationStopping), null);
    }

    /// <summary>
    /// Called by the heartbeat when the database has stopped answering: requests meet the 503 from now on instead of
    /// each waiting out its query's timeout, and the probe takes over deciding when the database is back.
    /// </summary>
    public void Silent()
    {
        if (MarkDown(aSilence: true))
        {
            logger.LogWarning("The database has stopped answering; pages answer 503 and nothing saved is lost. Checking again {Seconds} s after each try", ProbeAfter.TotalSeconds);
        }
        Report();
    }

    /// <summary>Called by the heartbeat whenever the database answers it.</summary>
    public void Heard() => MarkUp();

    private async Task WatchAsync(string? reason, CancellationToken stopping)
    {
        try
        {
            var wasDown = IsDown;
            while (!await probe(stopping))
            {
                wasDown = true;
                if (MarkDown(aSilence: false))
                {
                    logger.LogWarning("The database can't be reached; pages answer 503 and nothing saved is lost. Checking again {Seconds} s after each try", ProbeAfter.TotalSeconds);
                }
                await Task.Delay(ProbeAfter, stopping);
            }
            if (!MarkUp() && !wasDown && reason is not null && DueToTell(ref _doubtToldAt))
            {
                logger.LogWarning("A database call failed ({Reason}) while the database answers; if this repeats, look for slow queries or locks", reason);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping; nothing more to say.
        }
        catch (Exception ex)
        {
            // A probe that fails in a way nobody foresaw must not leave every page saying the database is away.
            MarkUp(quietly: true);
            if (DueToTell(ref _failureToldAt))
            {
                logger.LogError(ex, "Checking whether the database answers failed");
            }
        }
        finally
        {
            Volatile.Write(ref _probing, 0);
        }
    }

    /// <summary>
    /// True for the one caller that found the database up, marked it away, and is to tell. A database answering just
    /// slower than the heartbeat allows would fall silent and answer again every few seconds, so a silence is told at
    /// most once a minute, and its end only when its start was. A silence left untold that the probe then confirms is
    /// an outage, and is told as one.
    /// </summary>
    private bool MarkDown(bool aSilence)
    {
        lock (_changing)
        {
            if (_down)
            {
                if (aSilence || _toldDown)
                {
                    return false;
                }
                return _toldDown = true;
            }
            _down = true;
            _toldDown = !aSilence || DueToTell(ref _silenceToldAt);
            _reserve.Follow(down: true);
            return _toldDown;
        }
    }

    /// <summary>
    /// Back: only this app's idle connections from before are let go, before any request may take one (each would fail
    /// that request), the spare threads too, and it is told once.
    /// </summary>
    private bool MarkUp(bool quietly = false)
    {
        if (!_down)
        {
            return false;
        }
        lock (_changing)
        {
            if (!_down)
            {
                return false;
            }
            recovered?.Invoke();
            _down = false;
            _reserve.Follow(down: false);
            quietly |= !_toldDown;
        }
        if (!quietly)
        {
            logger.LogWarning("The database is reachable again");
        }
        return true;
    }

    private static bool DueToTell(ref long toldAt)
    {
        var now = Environment.TickCount64;
        var told = Interlocked.Read(ref toldAt);
        return (told == long.MinValue || now - told >= (long)TellEvery.TotalMilliseconds)
            && Interlocked.CompareExchange(ref toldAt, now, told) == told;
    }
}
