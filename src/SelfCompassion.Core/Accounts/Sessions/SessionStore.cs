using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// Keeps sign-ins on the server for the cookie handler. It runs before anyone is known to be signed in, so it looks
/// past the owner filter, by the session's own unguessable id only. Reads go through <see cref="SessionCache"/>; every
/// change forgets the session there at once (and, through the database's notice, on every other instance).
/// </summary>
public sealed class SessionStore(AppDbContext db, CurrentDevice device, SessionCache cache, TimeProvider time)
{
    /// <summary>Last seen is written at most this often, so reading a page doesn't mean writing a row.</summary>
    private static readonly TimeSpan SeenEvery = TimeSpan.FromMinutes(1);

    public async Task CreateAsync(Guid id, string ownerId, byte[] ticket, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = new UserSession
        {
            Id = id,
            OwnerId = ownerId,
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = expiresAt,
            Browser = device.Browser,
            Place = device.Place,
            Ticket = ticket,
        };
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<byte[]?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        if (cache.TryGet(id, out var kept))
        {
            return kept;
        }
        // Without the database's notices every request reads the row itself. With them, a read is shared only by the
        // requests arriving before any session changes (the version is part of the key): a request that comes after a
        // sign-out never joins a read begun before it.
        var version = cache.Version;
        return cache.IsTrusted
            ? await cache.Reading.RunAsync((id, version), () => ReadAsync(id, version, cancellationToken), cancellationToken)
            : await ReadAsync(id, version, cancellationToken);
    }

    /// <summary>
    /// The session as the database has it, kept for a few seconds. When the kept copy runs out, the requests of that
    /// browser arriving meanwhile share this one read (<see cref="SessionCache.Reading"/>): 32 at a time, each also
    /// writing "last seen" to the same row, held every page for a moment every 30 seconds.
    /// </summary>
    private async Task<byte[]?> ReadAsync(Guid id, long version, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var session = await db.Set<UserSession>().IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Id == id).Select(s => new { s.OwnerId, s.Ticket, s.ExpiresAt, s.LastSeenAt }).SingleOrDefaultAsync(cancellationToken);
        if (session is null || session.ExpiresAt < now)
        {
            return null;
        }
        cache.Keep(id, session.OwnerId, session.Ticket, session.ExpiresAt, version);
        if (now - session.LastSeenAt > SeenEvery)
        {
            await db.Set<UserSession>().IgnoreQueryFilters().Where(s => s.Id == id)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.LastSeenAt, now), cancellationToken);
        }
        return session.Ticket;
    }

    public async Task RenewAsync(Guid id, byte[] ticket, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        await db.Set<UserSession>().IgnoreQueryFilters().Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, ticket).SetProperty(x => x.ExpiresAt, expiresAt), cancellationToken);
        cache.Forget(id);
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        await db.Set<UserSession>().IgnoreQueryFilters().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        cache.Forget(id);
    }
}
