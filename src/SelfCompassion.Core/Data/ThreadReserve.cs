namespace SelfCompassion.Data;

/// <summary>
/// Spare pool threads while the database is away. A request whose query runs out of time against a silent server
/// holds its thread while Npgsql asks that server to cancel the query, synchronously; under load a few dozen of them
/// starved every other request, /health/live included, for 15 s (docs/adr/0018), since the pool then grows only by a
/// thread or two a second. Raised for the outage alone, the minimum costs nothing the rest of the time; raised for
/// good, it cost signed-in pages a tenth of their throughput.
/// </summary>
internal sealed class ThreadReserve
{
    /// <summary>The minimum belongs to the process, and tests run several apps in one.</summary>
    private static readonly Lock ProcessWide = new();

    private readonly int _spare;
    private readonly CancellationToken _stopping;
    private int _raisedBy;

    /// <param name="spare">As many as the connection pool holds: each connection may have a request stuck on it.</param>
    /// <param name="stopping">A stopping app gives its spare threads back whatever the database is doing.</param>
    public ThreadReserve(int spare, CancellationToken stopping)
    {
        _spare = spare;
        _stopping = stopping;
        stopping.Register(() => Follow(down: false));
    }

    /// <summary>Raised while <paramref name="down"/>, lowered otherwise; called after every change, so the last wins.</summary>
    public void Follow(bool down)
    {
        lock (ProcessWide)
        {
            ThreadPool.GetMinThreads(out var workers, out var completions);
            if (down && _raisedBy == 0 && _spare > 0 && !_stopping.IsCancellationRequested)
            {
                if (ThreadPool.SetMinThreads(workers + _spare, completions))
                {
                    _raisedBy = _spare;
                }
            }
            else if (!down && _raisedBy > 0)
            {
                ThreadPool.SetMinThreads(Math.Max(workers - _raisedBy, 1), completions);
                _raisedBy = 0;
            }
        }
    }
}
