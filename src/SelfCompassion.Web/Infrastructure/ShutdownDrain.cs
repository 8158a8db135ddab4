using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Told to stop (a rolling deploy's SIGTERM), the instance keeps answering for App:ShutdownDrainSeconds before the
/// server stops: every answer asks the load balancer to close its connection, and readiness turns unhealthy. Without
/// it the server closed connections nginx held open, a request sent down one just then got nginx's bare 502, and
/// nginx never sends a POST twice: a save now and then failed during a deploy (docs/adr/0017).
/// </summary>
internal sealed class ShutdownDrain(IOptions<AppOptions> options, ILogger<ShutdownDrain> logger) : IHostedLifecycleService, IHealthCheck
{
    private volatile bool _draining;

    public bool Draining => _draining;

    /// <summary>Runs before any hosted service stops, so the server is still answering meanwhile.</summary>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var seconds = options.Value.ShutdownDrainSeconds;
        if (seconds <= 0)
        {
            return;
        }
        _draining = true;
        logger.LogInformation("Stopping: still answering for {Seconds} s, closing each connection after its answer", seconds);
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The host's own shutdown limit ran out first; stop now.
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_draining ? HealthCheckResult.Unhealthy("Stopping.") : HealthCheckResult.Healthy());

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

internal static class ShutdownDrainPipeline
{
    public static IApplicationBuilder UseShutdownDrain(this IApplicationBuilder app)
    {
        var drain = app.ApplicationServices.GetRequiredService<ShutdownDrain>();
        return app.Use((context, next) =>
        {
            if (drain.Draining)
            {
                context.Response.Headers.Connection = "close";
            }
            return next(context);
        });
    }
}
