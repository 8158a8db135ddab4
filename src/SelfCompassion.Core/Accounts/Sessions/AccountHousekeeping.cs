using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// Keeps the privacy notice's word on how long account records live: every hour, what happened to accounts more than
/// 90 days ago, and sign-ins that have run out, are deleted for everyone. Before, an account's old events went only
/// when it recorded a new one, and run-out sign-ins (a browser and part of an address each) were never deleted.
/// Several instances may run it; deleting twice deletes nothing more.
/// </summary>
public sealed class AccountHousekeeping(IServiceScopeFactory scopes, TimeProvider time, ILogger<AccountHousekeeping> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // After start-up's own work, then hourly.
        await Task.Delay(TimeSpan.FromMinutes(1), time, stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                // The database is away; the web app tells that once. The next hour sweeps what this one missed.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Old account records could not be deleted; trying again in an hour");
            }
            await Task.Delay(Every, time, stoppingToken);
        }
    }

    /// <summary>Deletes events older than <see cref="AccountActivity.Kept"/> and sign-ins that have run out; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var old = now - AccountActivity.Kept;
        var events = await db.Set<AccountEvent>().IgnoreQueryFilters().Where(e => e.At < old).ExecuteDeleteAsync(cancellationToken);
        var sessions = await db.Set<UserSession>().IgnoreQueryFilters()
            .Where(s => s.ExpiresAt < now || (s.ExpiresAt == null && s.LastSeenAt < old)).ExecuteDeleteAsync(cancellationToken);
        if (events + sessions > 0)
        {
            logger.LogInformation("Deleted {Events} account events older than 90 days and {Sessions} run-out sign-ins", events, sessions);
        }
        return events + sessions;
    }
}
