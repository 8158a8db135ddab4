using Microsoft.Extensions.Hosting;

namespace SelfCompassion.Care;

/// <summary>
/// Learns the crisis model and builds the detector's patterns as the app starts, instead of inside someone's first save:
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
            // Learning the models and compiling the patterns leave 60-80 MB of the heap committed but empty, which the
            // server GC otherwise keeps: given back now, once, before anyone is sent here (README "Benchmarks").
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            _ready.TrySetResult();
        }
        catch (Exception e)
        {
            // Readiness reports the fault instead of waiting for ever; the host stops on it.
            _ready.TrySetException(e);
            throw;
        }
    }, stoppingToken);
}
