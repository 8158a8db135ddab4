using Microsoft.Extensions.Caching.Memory;
using SelfCompassion.Common;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// One security stamp check for all the requests of one sign-in holding the same ticket. When the stamp fell due,
/// every request already in flight with that ticket checked it and renewed the sign-in: 32 connections on one sign-in
/// made 32-33 renewals of the same row within a second, once a minute, and held requests for up to a quarter of a
/// second. Requests arriving while the check runs wait for it; a check that passed stands for its ticket until the
/// next is due (a renewed ticket carries a new issue time, so it is a new key). The key also names the stamp the ticket
/// carries: issue times are kept to the second, and two tickets of one session saved in the same second must not
/// share a check unless they carry the same stamp.
/// </summary>
internal sealed class StampChecks(TimeProvider time) : IDisposable
{
    private readonly OneAtATime<Ticket, bool> _checking = new();
    private readonly MemoryCache _passed = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>What a sign-in's ticket is known by here: ids, a moment and the stamp, nothing the person wrote.</summary>
    public readonly record struct Ticket(Guid Session, DateTimeOffset Issued, string? Stamp);

    /// <param name="check">This request's own check, run if no other request of the ticket is checking; true if it passed.</param>
    /// <returns>Whether the ticket passed its check, this request's or the one it waited for.</returns>
    public async Task<bool> CheckOnceAsync(Ticket ticket, TimeSpan interval, Func<Task<bool>> check, CancellationToken cancellationToken)
    {
        // Timed by the same clock as the stamp's own interval (the cache's own clock only evicts).
        if (_passed.TryGetValue(ticket, out DateTimeOffset until) && time.GetUtcNow() < until)
        {
            return true;
        }
        return await _checking.RunAsync(ticket, async () =>
        {
            var passed = await check();
            if (passed)
            {
                _passed.Set(ticket, time.GetUtcNow() + interval, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = interval });
            }
            return passed;
        }, cancellationToken);
    }

    public void Dispose() => _passed.Dispose();
}
