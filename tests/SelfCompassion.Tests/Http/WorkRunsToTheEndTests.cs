using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace SelfCompassion.Tests.Http;

/// <summary>A visitor who leaves mid-request cancels nothing the request started (docs/adr/0014).</summary>
public class WorkRunsToTheEndTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task What_the_app_hands_its_work_is_a_token_that_never_fires()
    {
        await using var instance = app.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IStartupFilter, AfterTheApp>()));
        Assert.Equal("never fires", await instance.CreateClient().GetStringAsync("/no-page-answers-this"));
    }

    /// <summary>After the app's whole pipeline and its endpoints, so only a path nothing answers reaches it.</summary>
    private sealed class AfterTheApp : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            next(builder);
            builder.Run(context => context.Response.WriteAsync(context.RequestAborted.CanBeCanceled ? "can fire" : "never fires"));
        };
    }
}
