using Microsoft.Extensions.Caching.Memory;

namespace SelfCompassion.Progress;

/// <summary>
/// Reports already worked out in this instance, each filed under its person's <see cref="ProgressStamp"/> version:
/// a change anywhere moves the version on, so a kept report is only ever served while it is still true. Only numbers
/// and pattern names are kept, never anything a person wrote, and only for a few minutes.
/// </summary>
public sealed class ProgressCache : IDisposable
{
    /// <summary>A bound on memory: a report is a few kilobytes, and a busy instance keeps at most this many.</summary>
    public const int MostKept = 2000;

    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _reports = new(new MemoryCacheOptions { SizeLimit = MostKept });

    public sealed record Key(string OwnerId, ProgressRange Range, string Zone, DateTimeOffset Since, long Version);

    public bool TryGet(Key key, out ProgressReport report) => _reports.TryGetValue(key, out report!);

    public void Keep(Key key, ProgressReport report) =>
        _reports.Set(key, report, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeepFor });

    public void Dispose() => _reports.Dispose();
}
