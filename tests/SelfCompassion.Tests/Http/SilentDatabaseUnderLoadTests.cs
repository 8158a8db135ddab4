using System.Diagnostics;
using System.Net;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http;

/// <summary>
/// A database that stops answering while many requests wait on it. Each of those, once its query runs out of time,
/// holds a thread while Npgsql asks the silent server to cancel the query; that is what starved the whole app before
/// (docs/adr/0018). Its own fixture, so no other test shares the app while it is frozen.
/// </summary>
public class SilentDatabaseUnderLoadTests(RelayedDatabaseFactory app) : IClassFixture<RelayedDatabaseFactory>
{
    private const int InFlight = 48;

    [Fact]
    public async Task A_database_that_stops_answering_under_load_is_noticed_within_seconds_and_the_app_keeps_answering()
    {
        var client = await app.SignedInAsync();
        var outage = app.Outage;

        app.Relay.Freeze();
        List<Task<HttpResponseMessage>> stuck;
        TimeSpan? noticed = null;
        var slowestLive = TimeSpan.Zero;
        try
        {
            var frozen = Stopwatch.StartNew();
            stuck = Enumerable.Range(0, InFlight).Select(_ => client.GetAsync("/journal")).ToList();
            // Past the in-flight queries' own timeout (3 s here), while they wait on their cancel requests.
            while (frozen.Elapsed < TimeSpan.FromSeconds(8))
            {
                var live = Stopwatch.StartNew();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
                slowestLive = live.Elapsed > slowestLive ? live.Elapsed : slowestLive;
                if (noticed is null && outage.IsDown)
                {
                    noticed = frozen.Elapsed;
                }
                await Task.Delay(100);
            }
            Assert.True(noticed is not null, app.Because());
            // The heartbeat's next question, unanswered for its limit, at its watch's next look. A request's own
            // failure would tell it only after the query's timeout and the probe's (7 s here).
            var heartbeat = DatabaseHeartbeat.Every + DatabaseHeartbeat.SilentAfter + DatabaseHeartbeat.LookEvery;
            Assert.InRange(noticed.Value, TimeSpan.Zero, heartbeat + TimeSpan.FromSeconds(0.5));
            Assert.InRange(slowestLive, TimeSpan.Zero, TimeSpan.FromSeconds(1));

            var later = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/journal")).StatusCode);
            Assert.InRange(later.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        }
        finally
        {
            app.Relay.Thaw();
        }

        // Those caught in the silence end with a page, none with an error.
        var answers = await Task.WhenAll(stuck).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.All(answers, answer => Assert.Contains(answer.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.ServiceUnavailable }));
        await app.BackWithinSecondsAsync(client);
    }
}
