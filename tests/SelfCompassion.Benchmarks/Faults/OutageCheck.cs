using System.Diagnostics;
using System.Globalization;
using System.Net;
using SelfCompassion.Benchmarks.Load;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Faults;

/// <summary>
/// The database away for 30 s under the running instances, then back: meanwhile every page that needs it must answer
/// the friendly 503 within the fault's limit, and within 5 s of its return every instance must serve again, without
/// being restarted. Run once with PostgreSQL stopped (connections refused) and once with it frozen (connections
/// that open and never answer, as in a network partition), each under load, which is when a silent database had
/// starved whole instances; /health/live, asked of each instance as an orchestrator asks, must answer within 1 s
/// throughout.
/// </summary>
internal sealed class OutageCheck(IReadOnlyList<AppProcess> apps, Uri nginx, Saver saver)
{
    private static readonly TimeSpan Outage = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan LiveLimit = TimeSpan.FromSeconds(1);
    private const string FriendlyWords = "We can't reach your journal right now";

    private sealed record Answer(HttpStatusCode? Status, bool Friendly, TimeSpan Took, string Said = "")
    {
        public TimeSpan Limit { get; init; } = OutageCheck.Limit;
    }

    public async Task<List<FaultCheck>> RunAsync(string connection, DatabaseFault fault)
    {
        var before = await Saver.StoredAsync(connection);
        var journals = apps.Select(a => new Uri(a.Address, "/journal")).Prepend(new Uri(nginx, "/journal")).ToList();

        var answers = new List<Answer>();
        var live = new List<Answer>();
        bool savedDuring;
        var load = PageLoad.Start(saver.Session.Client, apps.Select(a => new Uri(a.Address, "/journal")));
        try
        {
            // Requests are in flight when the database goes.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await fault.BeginAsync();
        }
        catch
        {
            await load.EndAsync();
            throw;
        }
        try
        {
            var down = Stopwatch.StartNew();
            while (down.Elapsed < Outage)
            {
                foreach (var journal in journals)
                {
                    var asked = down.Elapsed;
                    answers.Add(await GetAsync(journal) with { Limit = fault.LimitAt(asked) });
                }
                foreach (var app in apps)
                {
                    live.Add(await LivenessAsync(app.Address));
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
            savedDuring = await saver.SaveAsync();
        }
        finally
        {
            // Whatever happened, the database comes back: a frozen one would hold the rest of the run.
            load.Stop();
            await fault.EndAsync();
        }
        var (onlyPages, loadTally) = await load.EndAsync();
        var saveAnswer = savedDuring ? "acknowledged" : saver.Failures[^1];
        var back = Stopwatch.StartNew();
        var recovered = await Task.WhenAll(apps.Select(a => UntilServedAsync(new Uri(a.Address, "/journal"), back)));
        var afterwards = new List<Answer>();
        for (var i = 0; i < 20; i++)
        {
            foreach (var journal in journals)
            {
                afterwards.Add(await GetAsync(journal));
            }
        }
        var savedAfter = await saver.SaveAsync();
        var kept = (await Saver.StoredAsync(connection)).GetValueOrDefault(saver.OwnerId) - before.GetValueOrDefault(saver.OwnerId);

        var friendly = answers.Count(a => a.Status == HttpStatusCode.ServiceUnavailable && a.Friendly && a.Took <= a.Limit);
        var tightest = answers.Min(a => a.Limit);
        var settled = answers.Where(a => a.Limit == tightest).ToList();
        var lively = live.All(a => a.Status == HttpStatusCode.OK && a.Took <= LiveLimit);
        var during = new FaultCheck(fault.Promise, friendly == answers.Count && !savedDuring && lively && onlyPages,
            string.Create(CultureInfo.InvariantCulture,
                $"{friendly} of {answers.Count} journal requests (through nginx and to each instance) answered 503 with the friendly page in time, the slowest in {answers.Max(a => a.Took).TotalMilliseconds:N0} ms")
            + (settled.Count == answers.Count ? "; " : string.Create(CultureInfo.InvariantCulture,
                $", the slowest once the instances knew in {settled.Max(a => a.Took).TotalMilliseconds:N0} ms; "))
            + $"answers {Tally(answers.Select(a => a.Status))}{(answers.FirstOrDefault(a => a.Status != HttpStatusCode.ServiceUnavailable) is { } odd ? $" (the first odd one said: {odd.Said})" : "")}; a save tried meanwhile answered {saveAnswer}; {PageLoad.AtOnce} readers at a time on each instance got {loadTally}; "
            + string.Create(CultureInfo.InvariantCulture, $"/health/live, asked of each instance without cookies, answered {Tally(live.Select(a => a.Status))}, the slowest in {live.Max(a => a.Took).TotalMilliseconds:N0} ms"));
        var served = afterwards.Count(a => a.Status == HttpStatusCode.OK);
        var slowest = recovered.Max();
        var after = new FaultCheck($"every instance serves again within 5 s of the database's return from {fault.Name}, without a restart",
            slowest <= Limit && served == afterwards.Count && savedAfter && kept == 1,
            string.Create(CultureInfo.InvariantCulture, $"journals served again {string.Join(" and ", recovered.Select(r => $"{r.TotalSeconds:0.0} s"))} after PostgreSQL took connections; ")
            + $"then {served} of {afterwards.Count} journal requests answered 200; a save was {(savedAfter ? "acknowledged" : "refused")}, and {kept} of the person's saves across the outage is kept");
        return [during, after];
    }

    private static string Tally(IEnumerable<HttpStatusCode?> statuses) =>
        string.Join(", ", statuses.GroupBy(s => s is { } status ? ((int)status).ToString(CultureInfo.InvariantCulture) : "no answer").Select(g => $"{g.Key} x{g.Count()}"));

    /// <summary>An instance that is alive but can't reach the database must not be restarted for it.</summary>
    private static async Task<Answer> LivenessAsync(Uri instance)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await Anonymous.GetAsync(new Uri(instance, "/health/live"));
            return new Answer(response.StatusCode, false, watch.Elapsed);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new Answer(null, false, watch.Elapsed);
        }
    }

    private static readonly HttpClient Anonymous = new() { Timeout = TimeSpan.FromSeconds(10) };

    private async Task<Answer> GetAsync(Uri url)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            using var response = await saver.Session.Client.GetAsync(url, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            var said = System.Text.RegularExpressions.Regex.Replace(body, "<[^>]+>|\\s+", " ").Trim();
            return new Answer(response.StatusCode, body.Contains(FriendlyWords, StringComparison.Ordinal), watch.Elapsed, said[..Math.Min(said.Length, 300)]);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new Answer(null, false, watch.Elapsed);
        }
    }

    /// <summary>How long after the database's return the page is served, asked every 100 ms (at most 30 s).</summary>
    private async Task<TimeSpan> UntilServedAsync(Uri url, Stopwatch back)
    {
        while (back.Elapsed < TimeSpan.FromSeconds(30))
        {
            if ((await GetAsync(url)).Status == HttpStatusCode.OK)
            {
                return back.Elapsed;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        return back.Elapsed;
    }
}
