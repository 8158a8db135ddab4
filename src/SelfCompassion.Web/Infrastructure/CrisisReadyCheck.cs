using Microsoft.Extensions.Diagnostics.HealthChecks;
using SelfCompassion.Care;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Ready also means the crisis detector is built, so no one's save waits for it (see CrisisWarmUp).</summary>
internal sealed class CrisisReadyCheck(CrisisWarmUp warmUp) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await warmUp.Ready.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (TimeoutException)
        {
            return HealthCheckResult.Unhealthy("The crisis detector is still being built.");
        }
    }
}
