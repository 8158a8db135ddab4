using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Http;

/// <summary>
/// What an orchestrator reads when the app ends: 1 when a background service failed and stopped it (the crisis
/// detector's warm-up, say), which .NET's own RunAsync reports as a clean stop; 1 too when its address is taken; 0
/// when it was asked to stop.
/// </summary>
public class ExitCodeTests
{
    [Fact]
    public async Task An_app_stopped_by_a_failed_background_service_exits_with_1()
    {
        var app = Build(services => services.AddHostedService<FailsOnceStarted>());

        Assert.Equal(1, await app.RunOrCommandAsync([]).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task An_app_asked_to_stop_exits_with_0()
    {
        var app = Build(services => services.AddHostedService<AsksToStop>());

        Assert.Equal(0, await app.RunOrCommandAsync([]).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task An_app_whose_address_is_taken_exits_with_1_instead_of_crashing()
    {
        using var other = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        other.Start();
        var app = Build(_ => { }, $"http://127.0.0.1:{((System.Net.IPEndPoint)other.LocalEndpoint).Port}");

        Assert.Equal(1, await app.RunOrCommandAsync([]).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    private static WebApplication Build(Action<IServiceCollection> services, string address = "http://127.0.0.1:0")
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls(address);
        builder.Logging.ClearProviders();
        services(builder.Services);
        return builder.Build();
    }

    /// <summary>Fails while the app serves (failing during start makes RunAsync throw, which is a failure already).</summary>
    private sealed class FailsOnceStarted(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).ContinueWith(_ => { }, TaskScheduler.Default);
            throw new InvalidOperationException("The warm-up failed.");
        }
    }

    private sealed class AsksToStop(IHostApplicationLifetime lifetime) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            await Task.Delay(Timeout.Infinite, lifetime.ApplicationStarted).ContinueWith(_ => { }, TaskScheduler.Default);
            lifetime.StopApplication();
        }
    }
}
