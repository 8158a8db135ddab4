using System.Collections.Concurrent;
using System.Globalization;
using System.Net;

namespace SelfCompassion.Benchmarks.Faults;

/// <summary>
/// A signed-in person's journal asked for back to back, <see cref="AtOnce"/> requests at a time to each instance, as
/// wrk loads one; what came back is tallied. Against a silent database each such request, once its query ran out of time,
/// held a thread while Npgsql asked the server to cancel it, and that starved whole instances (docs/adr/0018).
/// </summary>
internal sealed class PageLoad
{
    public const int AtOnce = 32;

    private readonly ConcurrentDictionary<string, int> _tally = new();
    private volatile bool _stopping;
    private Task _running = Task.CompletedTask;

    public static PageLoad Start(HttpClient client, IEnumerable<Uri> pages)
    {
        var load = new PageLoad();
        load._running = Task.WhenAll(pages.SelectMany(page => Enumerable.Range(0, AtOnce).Select(_ => Task.Run(() => load.AskAsync(client, page)))));
        return load;
    }

    /// <summary>Asks no more; <see cref="EndAsync"/> then waits for the requests in flight, which are part of what is checked.</summary>
    public void Stop() => _stopping = true;

    public async Task<(bool OnlyPages, string Tally)> EndAsync()
    {
        Stop();
        await _running;
        var ordered = _tally.OrderBy(t => t.Key, StringComparer.Ordinal).ToList();
        return (ordered.All(t => t.Key is "200" or "503"), string.Join(", ", ordered.Select(t => $"{t.Key} x{t.Value}")));
    }

    private async Task AskAsync(HttpClient client, Uri page)
    {
        while (!_stopping)
        {
            string status;
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                using var response = await client.GetAsync(page, timeout.Token);
                await response.Content.ReadAsByteArrayAsync(timeout.Token);
                status = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                status = "no answer";
            }
            _tally.AddOrUpdate(status, 1, (_, count) => count + 1);
            if (status != ((int)HttpStatusCode.OK).ToString(CultureInfo.InvariantCulture))
            {
                // Someone refused a page waits a moment before asking again, rather than in a tight loop.
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            }
        }
    }
}
