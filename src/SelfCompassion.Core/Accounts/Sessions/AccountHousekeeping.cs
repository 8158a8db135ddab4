using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// Keeps the privacy notice's word on how long account records live: every hour, what happened to accounts more than
/// 90 days ago, sign-ins that have run out, and accounts whose email was never confirmed within a week (an address
/// nobody has shown is theirs, perhaps typed by someone else) are deleted for everyone. Before, an account's old events
/// went only when it recorded a new one, and the others were never deleted. Several instances may run it; deleting
/// twice deletes nothing more.
/// </summary>
public sealed class AccountHousekeeping(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<AccountHousekeeping> logger)
    : BackgroundService
{
    /// <summary>Off only where sweeps are run by hand (the tests), so none lands while a test has moved the clock.</summary>
    public const string Setting = "Accounts:SweepHourly";

    private static readonly TimeSpan Every = TimeSpan.FromHours(1);

    /// <summary>How long an account waits for its email to be confirmed (the link itself works for a day).</summary>
    public static readonly TimeSpan UnconfirmedKept = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!configuration.GetValue(Setting, true))
        {
            return;
        }
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

    /// <summary>
    /// Deletes events older than <see cref="AccountActivity.Kept"/>, sign-ins that have run out and accounts unconfirmed
    /// for <see cref="UnconfirmedKept"/>; returns how many.
    /// </summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var old = now - AccountActivity.Kept;
        var events = await db.Set<AccountEvent>().IgnoreQueryFilters().Where(e => e.At < old).ExecuteDeleteAsync(cancellationToken);
        var sessions = await db.Set<UserSession>().IgnoreQueryFilters()
            .Where(s => s.ExpiresAt < now || (s.ExpiresAt == null && s.LastSeenAt < old)).ExecuteDeleteAsync(cancellationToken);
        var unconfirmedSince = now - UnconfirmedKept;
        var unconfirmed = await db.Users.Where(u => !u.EmailConfirmed && u.CreatedAt < unconfirmedSince).ExecuteDeleteAsync(cancellationToken);
        if (events + sessions + unconfirmed > 0)
        {
            logger.LogInformation("Deleted {Events} account events older than 90 days, {Sessions} run-out sign-ins and {Unconfirmed} accounts never confirmed",
                events, sessions, unconfirmed);
        }
        return events + sessions + unconfirmed;
    }
}
