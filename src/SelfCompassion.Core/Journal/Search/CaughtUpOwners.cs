using Microsoft.Extensions.Caching.Memory;
using SelfCompassion.Common;

namespace SelfCompassion.Journal.Search;

/// <summary>
/// Whose journals this instance has lately found fully indexed. Every save and import writes its own search terms, so
/// a journal once caught up stays so, and asking the database again before every search cost a round trip each time.
/// Only rows from before the index (or from an older version of the app during a rolling upgrade) lack terms; they
/// are indexed at the first search after this is forgotten, ten minutes on.
/// </summary>
public sealed class CaughtUpOwners : IForgetsPerson, IDisposable
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _known = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public bool Contains(string ownerId) => _known.TryGetValue(ownerId, out _);

    public void Add(string ownerId) =>
        _known.Set(ownerId, true, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = RememberFor });

    /// <summary>A deleted account leaves nothing of itself here, not even its id.</summary>
    public void Forget(string ownerId) => _known.Remove(ownerId);

    public void Dispose() => _known.Dispose();
}
