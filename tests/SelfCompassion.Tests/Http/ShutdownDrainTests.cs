using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Http;

/// <summary>An app that stops gently, as production does (its own app: a stopping one serves no other test).</summary>
public class DrainingAppFactory : ProductionAppFactory
{
    protected override int ShutdownDrainSeconds => 4;
}

public class ShutdownDrainTests(DrainingAppFactory app) : IClassFixture<DrainingAppFactory>
{
    [Fact]
    public async Task A_stopping_instance_still_answers_for_a_while_closing_each_connection_and_reporting_not_ready()
    {
        var client = app.CreateHttpsClient();
        using (var before = await client.GetAsync("/privacy"))
        {
            Assert.NotEqual(true, before.Headers.ConnectionClose);
        }
        // Readiness asked once before, so its first answer (the checks' first run) can't use up the drain on a slow machine.
        (await client.GetAsync("/health/ready")).Dispose();

        var drain = app.Services.GetServices<IHostedService>().OfType<ShutdownDrain>().Single();
        var stopping = drain.StoppingAsync(CancellationToken.None);
        using (var meanwhile = await client.GetAsync("/privacy"))
        {
            Assert.Equal(HttpStatusCode.OK, meanwhile.StatusCode);
            Assert.True(meanwhile.Headers.ConnectionClose);
        }
        using (var ready = await client.GetAsync("/health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        }
        Assert.False(stopping.IsCompleted);
        await stopping;
    }
}
