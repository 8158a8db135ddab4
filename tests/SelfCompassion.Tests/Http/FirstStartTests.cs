using System.Net;

namespace SelfCompassion.Tests.Http;

/// <summary>The app as a new developer first starts it: on an empty database, which it migrates itself.</summary>
public class EmptyDatabaseFactory : AppFactory
{
    public override async Task InitializeAsync() => ConnectionString = await TestCluster.CreateDatabaseAsync(migrated: false);
}

public class FirstStartTests(EmptyDatabaseFactory app) : IClassFixture<EmptyDatabaseFactory>
{
    [Fact]
    public async Task A_first_start_migrates_an_empty_database_and_logs_no_warning()
    {
        var ready = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var alarming = app.Logs.Events.Where(e => e.Level >= Serilog.Events.LogEventLevel.Warning).Select(e => e.RenderMessage()).ToList();
        Assert.True(alarming.Count == 0, string.Join("\n", alarming));
    }
}
