using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts.Sessions;

public sealed record SessionView(Guid Id, string Browser, string Place, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, bool IsThisBrowser);

/// <summary>The person's signed-in browsers: listed, and signed out one at a time or all but this one.</summary>
public sealed class AccountSessions(AppDbContext db, AccountActivity activity, SessionCache cache, TimeProvider time, ILogger<AccountSessions> logger)
{
    /// <summary>The browsers still signed in: one whose sign-in has run out opens nothing, and isn't listed.</summary>
    public async Task<IReadOnlyList<SessionView>> ListAsync(Guid? current, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        return (await db.Set<UserSession>().AsNoTracking().Where(s => s.ExpiresAt == null || s.ExpiresAt > now)
                .OrderByDescending(s => s.LastSeenAt)
                .Select(s => new { s.Id, s.Browser, s.Place, s.CreatedAt, s.LastSeenAt })
                .ToListAsync(cancellationToken))
            .Select(s => new SessionView(s.Id, s.Browser, s.Place, s.CreatedAt, s.LastSeenAt, s.Id == current))
            .ToList();
    }

    /// <summary>Signs one of the person's own browsers out; another person's session id is simply not found.</summary>
    public async Task<bool> EndAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (await db.Set<UserSession>().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return false;
        }
        cache.Forget(id);
        await activity.RecordAsync(AccountEventKind.SessionEnded, cancellationToken);
        logger.LogInformation("Session {SessionId} ended", id);
        return true;
    }

    /// <summary>Signs out every other browser of the signed-in person.</summary>
    public async Task<int> EndOthersAsync(Guid? current, CancellationToken cancellationToken = default)
    {
        var ended = await db.Set<UserSession>().Where(s => s.Id != current).ExecuteDeleteAsync(cancellationToken);
        if (db.Owner?.Id is { } owner)
        {
            cache.ForgetOwner(owner);
        }
        if (ended > 0)
        {
            await activity.RecordAsync(AccountEventKind.SessionEnded, cancellationToken);
        }
        return ended;
    }

    /// <summary>Signs out every browser of this account except the one given (none, when the person isn't signed in here).</summary>
    public async Task<int> EndAllAsync(string userId, Guid? except, CancellationToken cancellationToken = default)
    {
        var ended = await db.Set<UserSession>().IgnoreQueryFilters().Where(s => s.OwnerId == userId && s.Id != except)
            .ExecuteDeleteAsync(cancellationToken);
        cache.ForgetOwner(userId);
        logger.LogInformation("{Count} other sessions of user {UserId} ended", ended, userId);
        return ended;
    }
}
