using Microsoft.Extensions.Hosting;

namespace SelfCompassion.Care;

/// <summary>
/// Builds the crisis detector's compiled patterns as the app starts, instead of inside someone's first save: on a
/// fresh instance that first save otherwise waited seconds, with every other save queued behind it. Readiness
/// (/health/ready) waits for it, for an orchestrator or load balancer that checks readiness before sending people.
/// </summary>
public sealed class CrisisWarmUp : BackgroundService
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(() =>
    {
        CrisisLanguage.IsPresent("I keep thinking everyone would be better off without me, I've saved up pills for tonight.",
            "This commute is murder and I nearly died laughing; two years clean now and proud of it.");
        // Every family pattern once, so none is first compiled to machine code inside someone's save.
        foreach (var pattern in CrisisSignals.Families.SelectMany(f => f.Patterns))
        {
            pattern.IsMatch("warm");
        }
        _ready.TrySetResult();
    }, stoppingToken);
}
