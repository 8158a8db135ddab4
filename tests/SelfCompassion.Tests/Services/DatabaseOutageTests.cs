using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Services;

/// <summary>
/// One warning when the database goes away, one when it is back, however many requests meet the outage; and only when
/// its own probe agrees that it is away.
/// </summary>
public class DatabaseOutageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_outage_is_told_once_when_it_starts_and_once_when_it_ends()
    {
        var before = Said().Count;
        var reachable = new TaskCompletionSource();
        var recovered = 0;
        var outage = Outage(_ => Task.FromResult(reachable.Task.IsCompleted), () => recovered++);

        for (var i = 0; i < 10; i++)
        {
            outage.Report(new TimeoutException());
        }
        await Until(() => outage.IsDown);
        reachable.SetResult();
        await Until(() => !outage.IsDown);

        var said = Said().Skip(before).ToList();
        Assert.Equal(2, said.Count);
        AwayThenBack(said, "The database can't be reached");
        Assert.Equal(1, recovered);
    }

    [Fact]
    public async Task A_failure_the_probe_does_not_confirm_leaves_the_database_up_and_is_told_once_a_minute_by_its_kind()
    {
        var before = Said().Count;
        var probed = 0;
        var outage = Outage(_ => Task.FromResult(Interlocked.Increment(ref probed) > 0));

        for (var i = 1; i <= 3; i++)
        {
            // A report while the last probe is still finishing starts none, so report until this one has run.
            for (var tries = 0; Volatile.Read(ref probed) < i && tries < 100; tries++)
            {
                outage.Report(new Npgsql.NpgsqlException("Exception while reading from stream", new TimeoutException()));
                await Task.Delay(50);
            }
        }

        Assert.True(Volatile.Read(ref probed) >= 3);
        Assert.False(outage.IsDown);
        var said = Assert.Single(Said().Skip(before));
        Assert.Equal("A database call failed (\"TimeoutException\") while the database answers; if this repeats, look for slow queries or locks", said);
    }

    [Fact]
    public async Task A_probe_that_fails_unforeseen_leaves_pages_going_through_and_says_why()
    {
        var before = Said().Count;
        var outage = Outage(_ => throw new InvalidOperationException("unforeseen"));

        outage.Report();
        await Until(() => Said().Count > before);

        Assert.False(outage.IsDown);
        Assert.Equal("Checking whether the database answers failed", Assert.Single(Said().Skip(before)));
    }

    [Fact]
    public async Task A_silence_opens_the_breaker_at_once_and_keeps_spare_threads_until_the_heartbeat_is_heard()
    {
        // An odd number, so that another test's outage raising the minimum meanwhile can't pass for this one's.
        const int Spare = 3331;
        var before = Said().Count;
        var heard = new TaskCompletionSource();
        var recovered = 0;
        var outage = Outage(_ => Task.FromResult(heard.Task.IsCompleted), () => recovered++, Spare);
        ThreadPool.GetMinThreads(out var workers, out _);

        outage.Silent();
        outage.Silent();

        Assert.True(outage.IsDown);
        ThreadPool.GetMinThreads(out var raised, out _);
        Assert.True(raised >= workers + Spare, $"{raised} threads at least, not {workers} + {Spare}");

        heard.SetResult();
        outage.Heard();

        Assert.False(outage.IsDown);
        ThreadPool.GetMinThreads(out var lowered, out _);
        Assert.True(lowered < workers + Spare, $"{lowered} threads, back from {workers} + {Spare}");
        await Until(() => Said().Count >= before + 2);
        var said = Said().Skip(before).ToList();
        Assert.Equal(2, said.Count);
        AwayThenBack(said, "The database has stopped answering");
        Assert.Equal(1, recovered);
    }

    [Fact]
    public async Task A_database_falling_silent_again_and_again_is_told_once_a_minute()
    {
        var before = Said().Count;
        var probed = new TaskCompletionSource();
        var outage = Outage(async _ =>
        {
            await probed.Task;
            return true;
        });

        for (var i = 0; i < 3; i++)
        {
            outage.Silent();
            Assert.True(outage.IsDown);
            outage.Heard();
            Assert.False(outage.IsDown);
        }
        probed.SetResult();

        await Task.Delay(200);
        var said = Said().Skip(before).ToList();
        Assert.Equal(2, said.Count);
        AwayThenBack(said, "The database has stopped answering");
    }

    [Fact]
    public async Task An_outage_that_begins_as_an_untold_silence_is_told_once_the_probe_confirms_it()
    {
        var before = Said().Count;
        var probed = new TaskCompletionSource();
        var reachable = new TaskCompletionSource();
        var outage = Outage(async _ =>
        {
            await probed.Task;
            return reachable.Task.IsCompleted;
        });

        outage.Silent();
        outage.Heard();
        // Within the minute: a silence not told, until the probe finds the database away.
        outage.Silent();
        probed.SetResult();
        await Until(() => Said().Count >= before + 3);
        reachable.SetResult();
        await Until(() => Said().Count >= before + 4);

        var said = Said().Skip(before).ToList();
        Assert.Equal(4, said.Count);
        AwayThenBack(said, "The database has stopped answering");
        AwayThenBack(said, "The database can't be reached", from: 2);
        Assert.False(outage.IsDown);
    }

    /// <summary>One warning that the database went away (beginning with <paramref name="away"/>), then one that it is back.</summary>
    private static void AwayThenBack(List<string> said, string away, int from = 0)
    {
        Assert.StartsWith(away, said[from]);
        Assert.Equal("The database is reachable again", said[from + 1]);
    }

    private DatabaseOutage Outage(Func<CancellationToken, Task<bool>> probe, Action? recovered = null, int spareThreads = 0) =>
        new(probe, app.Services.GetRequiredService<ILogger<DatabaseOutage>>(), app.Services.GetRequiredService<IHostApplicationLifetime>(),
            recovered, spareThreads);

    private static async Task Until(Func<bool> condition)
    {
        for (var wait = 0; !condition() && wait < 100; wait++)
        {
            await Task.Delay(100);
        }
        Assert.True(condition());
    }

    private List<string> Said() => app.Logs.Events
        .Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains(nameof(DatabaseOutage)))
        .Select(e => e.RenderMessage()).ToList();
}
