using Microsoft.Extensions.Caching.Memory;
using SelfCompassion.Common;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// One security stamp check for all the requests of one sign-in holding the same ticket. When the stamp fell due,
/// every request already in flight with that ticket checked it and renewed the sign-in: 32 connections on one sign-in
/// made 32-33 renewals of the same row within a second, once a minute, and held requests for up to a quarter of a
/// second. Requests arriving while the check runs wait for it; a check that passed stands for its ticket until the
/// next is due (the renewed ticket carries a new issue time, so it is a new key).
/// </summary>
internal sealed class StampChecks : IDisposable
{
    private readonly OneAtATime<(Guid Session, DateTimeOffset Issued), bool> _checking = new();
    private readonly MemoryCache _passed = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <param name="check">This request's own check, run if no other request of the sign-in is checking; true if it passed.</param>
    /// <returns>Whether the sign-in passed its check, this request's or the one it waited for.</returns>
    public async Task<bool> CheckOnceAsync(Guid session, DateTimeOffset issued, TimeSpan interval, Func<Task<bool>> check,
        CancellationToken cancellationToken)
    {
        var key = (session, issued);
        if (_passed.TryGetValue(key, out _))
        {
            return true;
        }
        return await _checking.RunAsync(key, async () =>
        {
            var passed = await check();
            if (passed)
            {
                _passed.Set(key, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = interval });
            }
            return passed;
        }, cancellationToken);
    }

    public void Dispose() => _passed.Dispose();
}
