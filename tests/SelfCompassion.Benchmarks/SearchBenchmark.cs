using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Journal;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Protection;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks;

/// <summary>
/// Search as the journal grows: one person's search timed at 10,000 entries, then again at 100,000 (the goal: p95 at
/// most 50 ms, and at most 1.5 times that at ten times the size). Rows are written in bulk through the same sealing
/// and indexing code the services use, so the larger journal takes minutes, not an hour.
/// </summary>
internal static class SearchBenchmark
{
    private static readonly DateTimeOffset Start = new(2016, 1, 1, 8, 0, 0, TimeSpan.Zero);

    public static async Task RunAsync()
    {
        await using var app = new AppFactory();
        await app.InitializeAsync();
        var (client, owner) = await People.SignedInAsync(app);
        var rows = new List<(int Entries, double P50, double P95)>();
        var written = 0;
        foreach (var size in new[] { 10_000, 100_000 })
        {
            Console.WriteLine($"Writing entries {written:N0} to {size:N0} (one in a hundred mentions \"lighthouse\", every fifth reframed)...");
            await WriteAsync(app, owner, written, size);
            written = size;
            // As autovacuum would soon after such growth: the planner needs to know the table's new size.
            await using (var scope = People.ScopeFor(app, owner))
            {
                await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
            }
            var token = (await HtmlPage.GetAsync(client, "/journal")).Form("form.journal-filters").Token;
            var (p50, p95) = await Measure.TimeAsync(200, () => SearchAsync(client, token));
            rows.Add((size, p50, p95));
        }

        Console.WriteLine();
        Console.WriteLine("| entries | search p50 ms | search p95 ms |");
        Console.WriteLine("|---:|---:|---:|");
        rows.ForEach(r => Console.WriteLine($"| {r.Entries:N0} | {r.P50:F1} | {r.P95:F1} |"));
        var growth = rows[1].P95 / rows[0].P95;
        Console.WriteLine();
        Console.WriteLine($"p95 at 10,000: {rows[0].P95:F1} ms (goal at most 50) {(rows[0].P95 <= 50 ? "met" : "NOT met")}");
        Console.WriteLine($"p95 at 100,000 / at 10,000: {growth:F2} (goal at most 1.5) {(growth <= 1.5 ? "met" : "NOT met")}");
    }

    public static async Task SearchAsync(HttpClient client, string token)
    {
        using var response = await client.PostAsync("/journal", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["q"] = "lighthouse",
        }));
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || !html.Contains("lighthouse", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Search answered {response.StatusCode}");
        }
    }

    private static async Task WriteAsync(AppFactory app, string owner, int from, int to)
    {
        var words = new[] { "work", "mum", "friends", "dinner", "exam", "meeting", "gym", "text", "party", "call" };
        for (var batchStart = from; batchStart < to; batchStart += 2_000)
        {
            await using var scope = People.ScopeFor(app, owner);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            using var sealer = scope.ServiceProvider.GetRequiredService<TextCipher>().For(owner);
            for (var i = batchStart; i < Math.Min(to, batchStart + 2_000); i++)
            {
                var at = Start.AddMinutes(i * 45);
                var input = new EntryInput
                {
                    Situation = "After a long day",
                    Thought = i % 100 == 7 ? $"I messed up at the lighthouse again ({i})" : $"I failed at the {words[i % words.Length]} again, as always ({i})",
                    Feelings = new() { ["sad"] = 60, ["anxious"] = 40 },
                    Belief = 70,
                };
                var entry = new ThoughtEntry { Id = Guid.CreateVersion7(at), OwnerId = owner, CreatedAt = at };
                input.WriteTo(entry, sealer, at);
                db.ThoughtEntries.Add(entry);
                if (i % 5 == 0)
                {
                    var steps = new ReframeInput { FriendView = "I'd tell a friend one bad day is not a pattern", CompassionateResponse = "One hard moment doesn't define me" };
                    db.Reframes.Add(SealedReframe.Create(Guid.CreateVersion7(at.AddMinutes(5)), entry.Id, owner, at.AddMinutes(5), steps, 70, 35,
                        [("sad", null, 60, 30), ("anxious", null, 40, 20)], sealer));
                }
            }
            await db.SaveChangesAsync();
        }
    }
}
