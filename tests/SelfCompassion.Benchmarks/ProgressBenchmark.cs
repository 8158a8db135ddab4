using System.Net;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks;

/// <summary>/progress for a person with 10,000 entries and 500 practices: server time at p95 (goal under 150 ms).</summary>
internal static class ProgressBenchmark
{
    public static async Task RunAsync()
    {
        const int Runs = 200;
        await using var app = new AppFactory();
        await app.InitializeAsync();
        var (client, owner) = await People.SignedInAsync(app);
        await Seeder.JournalAsync(app, owner, 10_000);
        await Seeder.PracticesAsync(app, owner, 500);

        async Task Get(string url)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {response.StatusCode}");
            }
            await response.Content.ReadAsByteArrayAsync();
        }

        Console.WriteLine();
        Console.WriteLine("| request (10,000 entries, 500 practices) | p50 ms | p95 ms |");
        Console.WriteLine("|------------------------------------------|-------:|-------:|");
        var worst = 0.0;
        foreach (var range in new[] { "30", "90", "all" })
        {
            var (p50, p95) = await Measure.TimeAsync(Runs, () => Get($"/progress?range={range}"));
            worst = Math.Max(worst, p95);
            Console.WriteLine($"| /progress?range={range,-24} | {p50,6:F1} | {p95,6:F1} |");
        }
        Console.WriteLine();
        Console.WriteLine($"worst p95: {worst:F1} ms (goal under 150 ms) {(worst < 150 ? "met" : "NOT met")}");
    }
}
