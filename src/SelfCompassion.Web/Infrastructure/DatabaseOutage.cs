using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Notices when the database goes away and when it is back, and says so once each: during an outage every request
/// gets the friendly 503, and the log gets one warning instead of a stack trace per request.
/// </summary>
public sealed class DatabaseOutage(Func<CancellationToken, Task<bool>> probe, ILogger<DatabaseOutage> logger, IHostApplicationLifetime lifetime)
{
    private static readonly TimeSpan ProbeEvery = TimeSpan.FromSeconds(2);
    private int _down;

    public bool IsDown => Volatile.Read(ref _down) == 1;

    /// <summary>For the app: probes with a fresh connection to its own database.</summary>
    public static DatabaseOutage ForConnection(string connectionString, ILogger<DatabaseOutage> logger, IHostApplicationLifetime lifetime) =>
        new(async cancellationToken =>
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(cancellationToken);
                return true;
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                return false;
            }
        }, logger, lifetime);

    /// <summary>Called whenever a request finds the database unreachable; only the first call of an outage logs.</summary>
    public void Report()
    {
        if (Interlocked.Exchange(ref _down, 1) == 1)
        {
            return;
        }
        logger.LogWarning("The database can't be reached; pages answer 503 and nothing saved is lost. Checking again every {Seconds} s", ProbeEvery.TotalSeconds);
        _ = WatchAsync(lifetime.ApplicationStopping);
    }

    private async Task WatchAsync(CancellationToken stopping)
    {
        try
        {
            while (!await probe(stopping))
            {
                await Task.Delay(ProbeEvery, stopping);
            }
            Volatile.Write(ref _down, 0);
            logger.LogWarning("The database is reachable again");
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The app is stopping; nothing more to say.
        }
    }
}
