using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using SelfCompassion.Data;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Ready means the database answers and its schema is the one this build expects.</summary>
internal sealed class DatabaseReadyCheck(AppDbContext db, DatabaseOutage outage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                outage.Report();
                return HealthCheckResult.Unhealthy("The database cannot be reached.");
            }
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy($"{pending} migrations are pending.");
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex))
        {
            outage.Report(ex);
            return HealthCheckResult.Unhealthy("The database cannot be reached.");
        }
    }
}
