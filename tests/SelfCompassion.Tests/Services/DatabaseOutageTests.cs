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
        var outage = new DatabaseOutage(_ => Task.FromResult(reachable.Task.IsCompleted),
            app.Services.GetRequiredService<ILogger<DatabaseOutage>>(), app.Services.GetRequiredService<IHostApplicationLifetime>());

        for (var i = 0; i < 10; i++)
        {
            outage.Report();
        }
        Assert.True(outage.IsDown);
        reachable.SetResult();
        for (var wait = 0; outage.IsDown && wait < 100; wait++)
        {
            await Task.Delay(100);
        }

        Assert.False(outage.IsDown);
        var said = Said().Skip(before).ToList();
        Assert.Equal(2, said.Count);
        Assert.StartsWith("The database can't be reached", said[0]);
        Assert.Equal("The database is reachable again", said[1]);
    }

    [Fact]
    public async Task A_failure_the_probe_does_not_confirm_leaves_the_database_up_and_says_nothing()
    {
        var before = Said().Count;
        var probed = 0;
        var outage = new DatabaseOutage(_ => Task.FromResult(Interlocked.Increment(ref probed) > 0),
            app.Services.GetRequiredService<ILogger<DatabaseOutage>>(), app.Services.GetRequiredService<IHostApplicationLifetime>());

        outage.Report();
        for (var wait = 0; Volatile.Read(ref probed) == 0 && wait < 50; wait++)
        {
            await Task.Delay(100);
        }

        Assert.Equal(1, Volatile.Read(ref probed));
        Assert.False(outage.IsDown);
        Assert.Equal(before, Said().Count);
    }

    private List<string> Said() => app.Logs.Events
        .Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains(nameof(DatabaseOutage)))
        .Select(e => e.RenderMessage()).ToList();
}
