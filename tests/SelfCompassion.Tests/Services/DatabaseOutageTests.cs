using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Services;

/// <summary>One warning when the database goes away, one when it is back, however many requests meet the outage.</summary>
public class DatabaseOutageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_outage_is_told_once_when_it_starts_and_once_when_it_ends()
    {
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
        var said = app.Logs.Events.Where(e => e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains(nameof(DatabaseOutage)))
            .Select(e => e.RenderMessage()).ToList();
        Assert.Equal(2, said.Count);
        Assert.StartsWith("The database can't be reached", said[0]);
        Assert.Equal("The database is reachable again", said[1]);
    }
}
