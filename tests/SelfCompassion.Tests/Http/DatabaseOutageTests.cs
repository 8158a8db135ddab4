using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http;

public class DatabaseOutageTests(RelayedDatabaseFactory app) : IClassFixture<RelayedDatabaseFactory>
{
    [Fact]
    public async Task A_signed_in_person_meets_the_friendly_503_while_the_database_is_away_and_their_journal_once_it_is_back()
    {
        var client = await app.SignedInAsync();

        app.Relay.Cut();
        try
        {
            var away = await HtmlPage.GetAsync(client, "/journal");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.Status);
            Assert.Contains("We can't reach your journal right now; nothing you saved is lost.", away.Text);
            // What the page needs, and what anyone may ask for, comes with the same cookie as if signed out.
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
            // A load balancer stops sending people here meanwhile; an orchestrator has no reason to restart it.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
        }
        finally
        {
            app.Relay.Restore();
        }

        await app.BackWithinSecondsAsync(client);
    }

    [Fact]
    public async Task A_database_that_stops_answering_is_given_up_on_once_and_then_every_page_says_so_at_once()
    {
        var client = await app.SignedInAsync();
        var outage = app.Outage;

        app.Relay.Freeze();
        try
        {
            // The first request waits out its query's timeout twice (3 s here, 5 s by default): once for the answer, and
            // once more while Npgsql asks the server to cancel the query.
            var first = Stopwatch.StartNew();
            var away = await HtmlPage.GetAsync(client, "/journal");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, away.Status);
            Assert.Contains("We can't reach your journal right now; nothing you saved is lost.", away.Text);
            Assert.InRange(first.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(10));

            for (var wait = 0; !outage.IsDown && wait < 100; wait++)
            {
                await Task.Delay(100);
            }
            Assert.True(outage.IsDown, app.Because());
            // From then on nobody waits: each page says so at once, and what anyone may see is served as usual.
            foreach (var path in new[] { "/journal", "/progress", "/account/sessions" })
            {
                var each = Stopwatch.StartNew();
                Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(path)).StatusCode);
                Assert.InRange(each.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
            }
            var ready = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/health/ready")).StatusCode);
            Assert.InRange(ready.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
            var style = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/css/site.css")).StatusCode);
            Assert.InRange(style.Elapsed, TimeSpan.Zero, TimeSpan.FromSeconds(1));
        }
        finally
        {
            app.Relay.Thaw();
        }

        await app.BackWithinSecondsAsync(client);
    }
}
