using Microsoft.Extensions.Hosting;

namespace SelfCompassion.Care;

/// <summary>
/// Reads the crisis models and builds the detector's patterns as the app starts, instead of inside someone's first save:
/// on a fresh instance that first save otherwise waited seconds, with every other save queued behind it. Readiness
/// (/health/ready) waits for it, for an orchestrator or load balancer that checks readiness before sending people.
/// </summary>
public sealed class CrisisWarmUp : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        try
        {
            CrisisLanguage.Prepare();
            _ready.TrySetResult();
        }
        catch (Exception e)
        {
            // Readiness reports the fault instead of waiting for ever; the host stops on it, and the process ends as a
            // failure (see the web app's RunOrCommandAsync).
            _ready.TrySetException(e);
            throw;
        }
    }, stoppingToken);
}
