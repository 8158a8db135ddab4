using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using SelfCompassion.Common;

namespace SelfCompassion.Progress;

/// <summary>
/// Reports already worked out in this instance, each filed under its person's <see cref="ProgressStamp"/> version:
/// a change anywhere moves the version on, so a kept report is only ever served while it is still true. Only numbers
/// and pattern names are kept, never anything a person wrote, for a few minutes, and a deleted account's at once.
/// </summary>
public sealed class ProgressCache : IDisposable
{
    /// <summary>A bound on memory: a report is a few kilobytes, and a busy instance keeps at most this many.</summary>
    public const int MostKept = 2000;

    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _reports = new(new MemoryCacheOptions { SizeLimit = MostKept });

    /// <summary>One switch per person with kept reports, so that <see cref="Forget"/> can drop all of theirs.</summary>
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _owners = new();

    private readonly OneAtATime<Key, ProgressReport> _working = new();

    public sealed record Key(string OwnerId, ProgressRange Range, string Zone, DateTimeOffset Since, long Version);

    private bool TryGet(Key key, out ProgressReport report) => _reports.TryGetValue(key, out report!);

    /// <summary>
    /// The kept report, or one worked out now and kept. When the window moves on (once a minute) or the data changes,
    /// the views arriving meanwhile wait for one working-out (<see cref="OneAtATime{TKey, TValue}"/>).
    /// </summary>
    public async Task<ProgressReport> GetOrWorkOutAsync(Key key, Func<Task<ProgressReport>> workOut, CancellationToken cancellationToken) =>
        TryGet(key, out var kept) ? kept : await _working.RunAsync(key, async () =>
        {
            // Kept by a working-out that ended just before this one began.
            if (TryGet(key, out var justKept))
            {
                return justKept;
            }
            var report = await workOut();
            Keep(key, report);
            return report;
        }, cancellationToken);

    private void Keep(Key key, ProgressReport report)
    {
        if (_owners.Count >= MostKept * 2)
        {
            // More people than reports kept: start again rather than let the switches grow without end.
            foreach (var owner in _owners.Keys)
            {
                Forget(owner);
            }
        }
        var forgotten = _owners.GetOrAdd(key.OwnerId, _ => new CancellationTokenSource());
        var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeepFor };
        options.ExpirationTokens.Add(new CancellationChangeToken(forgotten.Token));
        _reports.Set(key, report, options);
    }

    /// <summary>Drops everything kept for a person (their account was deleted).</summary>
    public void Forget(string ownerId)
    {
        // Cancelled, never disposed: a report being kept at this moment may still hold the token, and is then dropped.
        if (_owners.TryRemove(ownerId, out var forgotten))
        {
            forgotten.Cancel();
        }
    }

    public void Dispose() => _reports.Dispose();
}
