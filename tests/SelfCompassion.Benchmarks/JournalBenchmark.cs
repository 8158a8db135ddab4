using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks;

/// <summary>A person with 10,000 entries: server time of /journal page 1, page 500 and a search.</summary>
internal static class JournalBenchmark
{
    public static async Task RunAsync()
    {
        const int Entries = 10_000;
        const int Runs = 200;

        await using var app = new AppFactory();
        await app.InitializeAsync();
        var (client, owner) = await People.SignedInAsync(app);

        await Seeder.JournalAsync(app, owner, Entries);

        // The cursor that page 500 starts after: the last entry of page 499, newest first.
        JournalCursor? page500 = null;
        await using (var scope = People.ScopeFor(app, owner))
        {
            var journal = scope.JournalList();
            JournalCursor? after = null;
            for (var page = 1; page < 500; page++)
            {
                after = (await journal.ListAsync(new JournalQuery(After: after))).Next;
            }
            page500 = after;
        }

        var journalPage = await HtmlPage.GetAsync(client, "/journal");
        var token = journalPage.Form("form.journal-filters").Token;
        async Task Get(string url)
        {
            using var response = await client.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{url} answered {response.StatusCode}");
            }
            await response.Content.ReadAsByteArrayAsync();
        }
        var first = await Measure.TimeAsync(Runs, () => Get("/journal"));
        var deep = await Measure.TimeAsync(Runs, () => Get($"/journal?after={page500!.Value.Encode()}"));
        var search = await Measure.TimeAsync(Runs / 2, () => SearchBenchmark.SearchAsync(client, token));

        Console.WriteLine();
        Console.WriteLine($"| request ({Entries:N0} entries)    | p50 ms | p95 ms |");
        Console.WriteLine("|---------------------------|-------:|-------:|");
        Console.WriteLine($"| /journal page 1           | {first.P50,6:F1} | {first.P95,6:F1} |");
        Console.WriteLine($"| /journal page 500         | {deep.P50,6:F1} | {deep.P95,6:F1} |");
        Console.WriteLine($"| search \"lighthouse\"       | {search.P50,6:F1} | {search.P95,6:F1} |");
        Console.WriteLine();
        var ratio = deep.P50 / first.P50;
        Console.WriteLine($"page 500 / page 1 (p50): {ratio:F2} (goal at most 1.2) {(ratio <= 1.2 ? "met" : "NOT met")}");
        Console.WriteLine($"search p95: {search.P95:F1} ms (goal under 200 ms) {(search.P95 < 200 ? "met" : "NOT met")}");

    }
}
