using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;
using SelfCompassion.Ownership;

namespace SelfCompassion.Accounts.Sessions;

public sealed record ActivityView(AccountEventKind Kind, DateTimeOffset At, string Browser, string Place);

/// <summary>What happened to an account and from where, kept 90 days, for its owner to look over.</summary>
public sealed class AccountActivity(AppDbContext db, ICurrentOwner owner, CurrentDevice device, TimeProvider time)
{
    public static readonly TimeSpan Kept = TimeSpan.FromDays(90);

    /// <summary>The browser and place this request came from.</summary>
    public CurrentDevice Device => device;

    /// <summary>Records an event of the signed-in person.</summary>
    public Task RecordAsync(AccountEventKind kind, CancellationToken cancellationToken = default) =>
        RecordAsync(owner.Required(), kind, cancellationToken);

    /// <summary>Records an event of an account not signed in here (a failed sign-in, a reset by mail).</summary>
    public async Task RecordAsync(string userId, AccountEventKind kind, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        db.Add(new AccountEvent { Id = Guid.CreateVersion7(now), OwnerId = userId, Kind = kind, At = now, Browser = device.Browser, Place = device.Place });
        await db.SaveChangesAsync(cancellationToken);
        var old = now - Kept;
        await db.Set<AccountEvent>().IgnoreQueryFilters().Where(e => e.OwnerId == userId && e.At < old).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Whether this browser, from about here, has signed in to the account before (in the last 90 days).</summary>
    public Task<bool> KnowsThisDeviceAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<AccountEvent>().IgnoreQueryFilters().AnyAsync(e => e.OwnerId == userId && e.Kind == AccountEventKind.SignedIn
            && e.Browser == device.Browser && e.Place == device.Place, cancellationToken);

    /// <summary>
    /// Whether the account had an event of this kind in the last two minutes: long enough for the same form sent again
    /// (pressed twice, or sent again by the browser), short enough that a form answered by it can't be used later.
    /// </summary>
    public Task<bool> JustHappenedAsync(string userId, AccountEventKind kind)
    {
        var since = time.GetUtcNow() - TimeSpan.FromMinutes(2);
        return db.Set<AccountEvent>().IgnoreQueryFilters().AnyAsync(e => e.OwnerId == userId && e.Kind == kind && e.At >= since);
    }

    public Task<bool> HasSignedInBeforeAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<AccountEvent>().IgnoreQueryFilters().AnyAsync(e => e.OwnerId == userId && e.Kind == AccountEventKind.SignedIn, cancellationToken);

    public async Task<IReadOnlyList<ActivityView>> ListAsync(CancellationToken cancellationToken = default)
    {
        var since = time.GetUtcNow() - Kept;
        return await db.Set<AccountEvent>().AsNoTracking().Where(e => e.At >= since).OrderByDescending(e => e.At)
            .Take(500)
            .Select(e => new ActivityView(e.Kind, e.At, e.Browser, e.Place))
            .ToListAsync(cancellationToken);
    }
}
