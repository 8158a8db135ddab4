using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace SelfCompassion.Data;

/// <summary>
/// Asks the database a trivial question every second, on a connection and a thread of its own, and tells
/// <see cref="DatabaseOutage"/> when an answer is late. A database that stops answering (a network partition, a frozen
/// server) is then noticed within 2-3.25 s (<see cref="SilentAfter"/> after the next question, looked at every
/// <see cref="LookEvery"/>), before any request's query has run out of time. Requests
/// can't be what notices it: by the time theirs give up, Npgsql holds each one's thread while it asks the silent
/// server to cancel the query, and under load those held every pool thread (docs/adr/0018). Nothing here runs on the
/// pool, for the same reason.
/// </summary>
public sealed class DatabaseHeartbeat : IHostedService, IDisposable
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);

    /// <summary>A question that takes the server microseconds, unanswered this long, is a database in trouble.</summary>
    public static readonly TimeSpan SilentAfter = TimeSpan.FromSeconds(2);

    public static readonly TimeSpan LookEvery = TimeSpan.FromMilliseconds(250);

    private readonly string _connectionString;
    private readonly DatabaseOutage _outage;
    private readonly ILogger<DatabaseHeartbeat> _logger;
    private readonly ManualResetEventSlim _stopping = new();

    /// <summary>When the question in flight was asked (Environment.TickCount64), or 0 when none is.</summary>
    private long _askedAt;

    /// <param name="connectionString">
    /// <see cref="DatabaseOptions.DirectConnectionString"/>: through a pooler in transaction mode the question would wait
    /// in its queue whenever every server connection is busy, and a busy pooler would look like a silent database.
    /// </param>
    public DatabaseHeartbeat(string connectionString, DatabaseOutage outage, ILogger<DatabaseHeartbeat> logger)
    {
        _connectionString = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled(connectionString))
        {
            // Its own connection: a pooled one could be lent to a request between questions. Synchronous questions
            // can't share a multiplexed connection.
            Pooling = false,
            Multiplexing = false,
            // The watch below decides what is late. This timeout only ends a question lost for good (a connection
            // whose other end is gone during a partition); the cancel request it sends then holds this thread alone.
            CommandTimeout = 30,
            ApplicationName = "selfcompassion-heartbeat",
        }.ConnectionString;
        _outage = outage;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        new Thread(() => Guarded(Ask)) { IsBackground = true, Name = "Database heartbeat" }.Start();
        new Thread(() => Guarded(Watch)) { IsBackground = true, Name = "Database heartbeat watch" }.Start();
        return Task.CompletedTask;
    }

    /// <summary>
    /// Doesn't wait for a question in flight: against a silent database it may never end, and the threads don't keep
    /// the process alive.
    /// </summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Set();
        return Task.CompletedTask;
    }

    public void Dispose() => _stopping.Set();

    /// <summary>An exception escaping a thread of its own would end the process.</summary>
    private void Guarded(Action body)
    {
        try
        {
            body();
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "The database heartbeat stopped");
        }
    }

    private void Ask()
    {
        NpgsqlConnection? connection = null;
        do
        {
            Volatile.Write(ref _askedAt, Environment.TickCount64);
            try
            {
                if (connection is null)
                {
                    connection = new NpgsqlConnection(_connectionString);
                    connection.Open();
                }
                using var question = new NpgsqlCommand("SELECT 1", connection);
                question.ExecuteScalar();
                Volatile.Write(ref _askedAt, 0);
                _outage.Heard();
            }
            catch (Exception ex)
            {
                Volatile.Write(ref _askedAt, 0);
                connection?.Dispose();
                connection = null;
                if (!_stopping.IsSet && DatabaseUnavailable.Is(ex))
                {
                    _outage.Report(ex);
                }
                else
                {
                    // Not an outage (a database not yet created by the first migration, say): requests meet it too.
                    _logger.LogDebug(ex, "The database heartbeat's question failed");
                }
            }
        }
        while (!_stopping.Wait(Every));
        connection?.Dispose();
    }

    private void Watch()
    {
        long told = 0;
        while (!_stopping.Wait(LookEvery))
        {
            var asked = Volatile.Read(ref _askedAt);
            if (asked != 0 && asked != told && Environment.TickCount64 - asked >= (long)SilentAfter.TotalMilliseconds)
            {
                told = asked;
                _outage.Silent();
            }
        }
    }
}
