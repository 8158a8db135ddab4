using System.Collections.Concurrent;
using SelfCompassion.Common;

namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// Sign-ins read in the last few seconds, kept in this instance's memory so that a page doesn't cost a database round
/// trip just to learn who is asking (see docs/adr/0007). It is trusted only while <see cref="SessionChanges"/> hears
/// from PostgreSQL about every ended or renewed session, on any instance; without that, nothing is kept and every
/// request reads the database, so an ended session never outlives its row.
/// </summary>
public sealed class SessionCache(TimeProvider time)
{
    /// <summary>How long a read is reused; also the longest a missed notice could keep an ended session alive.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<Guid, Kept> _kept = new();
    private long _changes;
    private int _trusted;
    private DateTimeOffset _nextSweep;

    private sealed record Kept(string OwnerId, byte[] Ticket, DateTimeOffset Until);

    public bool IsTrusted => Volatile.Read(ref _trusted) == 1;

    /// <summary>Reads of the database under way, one per session and <see cref="Version"/>, shared by the requests waiting for them.</summary>
    public OneAtATime<(Guid Session, long Version), byte[]?> Reading { get; } = new();

    /// <summary>Taken before reading the database, and handed to <see cref="Keep"/>: a change heard in between wins.</summary>
    public long Version => Interlocked.Read(ref _changes);

    public bool TryGet(Guid id, out byte[] ticket)
    {
        ticket = [];
        if (!IsTrusted || !_kept.TryGetValue(id, out var kept))
        {
            return false;
        }
        if (kept.Until <= time.GetUtcNow())
        {
            _kept.TryRemove(id, out _);
            return false;
        }
        ticket = kept.Ticket;
        return true;
    }

    public void Keep(Guid id, string ownerId, byte[] ticket, DateTimeOffset? expiresAt, long version)
    {
        var now = time.GetUtcNow();
        var until = now + KeepFor;
        if (expiresAt < until)
        {
            until = expiresAt.Value;
        }
        if (!IsTrusted || until <= now)
        {
            return;
        }
        _kept[id] = new Kept(ownerId, ticket, until);
        // A session ended or renewed while it was being read must not be kept as it was.
        if (Version != version)
        {
            _kept.TryRemove(id, out _);
        }
        Sweep(now);
    }

    public void Forget(Guid id)
    {
        Interlocked.Increment(ref _changes);
        _kept.TryRemove(id, out _);
    }

    public void ForgetOwner(string ownerId)
    {
        Interlocked.Increment(ref _changes);
        foreach (var (id, kept) in _kept)
        {
            if (kept.OwnerId == ownerId)
            {
                _kept.TryRemove(id, out _);
            }
        }
    }

    /// <summary>Notices of changes are arriving: reads may be kept.</summary>
    public void Trust()
    {
        // A read begun before the notices flowed may hold a session ended while no one listened: it must not be kept.
        Interlocked.Increment(ref _changes);
        Volatile.Write(ref _trusted, 1);
    }

    /// <summary>Notices may have been missed: forget everything and keep nothing until they arrive again.</summary>
    public void Distrust()
    {
        Volatile.Write(ref _trusted, 0);
        Interlocked.Increment(ref _changes);
        _kept.Clear();
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }
        _nextSweep = now + KeepFor;
        foreach (var (id, kept) in _kept)
        {
            if (kept.Until <= now)
            {
                _kept.TryRemove(id, out _);
            }
        }
    }
}
