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

    /// <summary>
    /// Renews a session for the person it belongs to. The cookie handler renews whatever session the request carries,
    /// so a sign-in as someone else over it would otherwise carry it on under them: a copy of the first person's cookie
    /// would open the second person's account. That is refused; a session already ended is left ended.
    /// </summary>
    public async Task RenewAsync(Guid id, string ownerId, byte[] ticket, DateTimeOffset? expiresAt, CancellationToken cancellationToken)
    {
        var renewed = await db.Set<UserSession>().IgnoreQueryFilters().Where(s => s.Id == id && s.OwnerId == ownerId)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, ticket).SetProperty(x => x.ExpiresAt, expiresAt), cancellationToken);
        cache.Forget(id);
        if (renewed == 0 && await db.Set<UserSession>().IgnoreQueryFilters().AnyAsync(s => s.Id == id, cancellationToken))
        {
            throw new InvalidOperationException("A session can only be renewed for the person it belongs to.");
        }
    }

    public async Task RemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        await db.Set<UserSession>().IgnoreQueryFilters().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        cache.Forget(id);
    }
}
