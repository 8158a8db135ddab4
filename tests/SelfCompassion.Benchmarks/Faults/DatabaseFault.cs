using System.Diagnostics;
using SelfCompassion.Data;
using SelfCompassion.Database;

namespace SelfCompassion.Benchmarks.Faults;

/// <summary>
/// A way for the database to go away and come back, what each page may take meanwhile (by how long it has been away
/// when the page is asked for), and the promise the check holds the app to.
/// </summary>
internal sealed record DatabaseFault(string Name, string Promise, Func<Task> BeginAsync, Func<Task> EndAsync, Func<TimeSpan, TimeSpan> LimitAt)
{
    private static readonly TimeSpan FiveSeconds = TimeSpan.FromSeconds(5);

    /// <summary>PostgreSQL stopped and started again on its port: connections are refused at once.</summary>
    public static DatabaseFault Stopped(EmbeddedPostgres server) => new("an outage",
        "a 30 s database outage gives the friendly 503 within 5 s",
        () => server.StopAsync(), () => server.StartAgainAsync(), _ => FiveSeconds);

    /// <summary>
    /// Every PostgreSQL process paused (SIGSTOP) and resumed: connections open and nothing answers, as in a network
    /// partition. A page already waiting when it happens waits out its query's timeout, and up to twice as long again
    /// while Npgsql asks the server to cancel it (docs/adr/0018). An instance's heartbeat notices the silence within
    /// seconds; after that, nobody waits.
    /// </summary>
    public static DatabaseFault Frozen(EmbeddedPostgres server)
    {
        var waitOnce = TimeSpan.FromSeconds(3 * AppDbContextOptions.CommandSeconds) + FiveSeconds;
        var knowing = DatabaseHeartbeat.SilentAfter + TimeSpan.FromSeconds(2);
        return new("a silence",
            $"a database silent for 30 s gives the friendly 503 within {waitOnce.TotalSeconds:0} s to a page already waiting, and within 1 s from {knowing.TotalSeconds:0} s on",
            () => SignalAsync(server, "STOP"), () => SignalAsync(server, "CONT"),
            away => away < knowing ? waitOnce : TimeSpan.FromSeconds(1));
    }

    private static async Task SignalAsync(EmbeddedPostgres server, string signal)
    {
        var postmaster = File.ReadLines(Path.Combine(server.DataPath, "postmaster.pid")).First().Trim();
        // The server first, so that it starts no new process meanwhile; then every process it started (a running
        // server always has some, so finding none is a failure too).
        await RunAsync("kill", $"-{signal}", postmaster);
        await RunAsync("pkill", $"-{signal}", "-P", postmaster);
    }

    private static async Task RunAsync(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{command} did not start.");
        var said = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}: {said.Trim()}");
        }
    }
}
