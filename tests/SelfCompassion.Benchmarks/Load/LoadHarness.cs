using System.Globalization;
using System.Security.Cryptography;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Load;

/// <summary>
/// The load run behind `./dev.sh bench`: seeds realistic data, starts the published app in its own process, signs the
/// heavy person in, drives every page with wrk, and prints each as a share of `/health/live` measured in the same run,
/// with the app's peak working set. Absolute numbers on a shared machine are noise; the shares are the measure.
/// </summary>
internal static class LoadHarness
{
    private sealed record Target(string Name, string Path, string? Body = null, bool SignedIn = true, int Connections = 32);

    /// <param name="args">
    /// "--only TEXT" drives only the requests whose name contains TEXT (and /health/live); "--hold" then keeps the
    /// app and its data running, writing its address, process id and cookie to bench-hold.txt, for profiling.
    /// </param>
    public static async Task RunAsync(string[] args)
    {
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var hold = args.Contains("--hold");
        var publish = Environment.GetEnvironmentVariable("SELFCOMPASSION_APP")
            ?? throw new InvalidOperationException("Run this through ./dev.sh bench, which publishes the app first.");
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        SeededData data;
        string connection;
        await using (var seeding = new SeedingFactory(key))
        {
            await seeding.InitializeAsync();
            connection = seeding.ConnectionString;
            data = await LoadSeed.RunAsync(seeding);
        }

        await using var app = await AppProcess.StartAsync(publish, connection, key, Path.Combine(TestCluster.Root, "app-data"));
        var session = await SignedInSession.SignInAsync(app.Address, data.Heavy);
        var token = Uri.EscapeDataString(await SignedInSession.TokenAsync(session.Client, "/journal/new"));
        var targets = new List<Target>
        {
            new("/health/live", "/health/live", SignedIn: false),
            new("main guide page", "/guide/self-compassion-in-mental-recovery", SignedIn: false),
            new("/help", "/help", SignedIn: false),
            new("/ signed in", "/"),
            new("/journal page 1", "/journal"),
            new("/journal page 500", $"/journal?after={Uri.EscapeDataString(data.Page500Cursor)}"),
            new("/journal/{id}", $"/journal/{data.SomeEntry}"),
            new("reframe page", $"/journal/{data.SomeEntry}/reframe"),
            new("search (POST /journal)", "/journal", $"q=lighthouse&__RequestVerificationToken={token}"),
            new("/progress", "/progress"),
            new("/progress all time", "/progress?range=all"),
            new("/practice", "/practice"),
            new("/help/plan", "/help/plan"),
            new("/journal/summary", "/journal/summary"),
            new("/account/sessions", "/account/sessions"),
            new("POST /journal/new (16 conns)", "/journal/new",
                $"Input.Thought=I+let+everyone+down&Input.Felt=sad&Input.Feelings%5Bsad%5D=55&Input.Belief=70&__RequestVerificationToken={token}", Connections: 16),
        };
        foreach (var target in targets.Where(t => t.SignedIn))
        {
            await session.EnsureOkAsync(target.Path, target.Body);
        }

        targets = [.. targets.Where((t, i) => i == 0 || only is null || t.Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
        Console.WriteLine($"Driving {targets.Count} requests with wrk (2 threads, 32 connections, 8 s each)...");
        var results = new List<LoadResult>();
        foreach (var target in targets)
        {
            var result = await Wrk.RunAsync(target.Name, new Uri(app.Address, target.Path), target.SignedIn ? session.CookieHeader : null, target.Body, target.Connections);
            results.Add(result);
            Console.WriteLine($"  {target.Name}: {result.RequestsPerSecond:N0} req/s");
        }
        Report(results, app.PeakWorkingSetMegabytes());
        if (hold)
        {
            var file = Path.Combine(System.Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS") ?? ".", "bench-hold.txt");
            await File.WriteAllLinesAsync(file, [app.Address.ToString(), app.Id.ToString(CultureInfo.InvariantCulture), session.CookieHeader, data.SomeEntry.ToString()]);
            Console.WriteLine($"Holding the app at {app.Address} (process {app.Id}); details in {file}. Stop with Ctrl+C.");
            await Task.Delay(Timeout.Infinite);
        }
    }

    private static void Report(List<LoadResult> results, double peakMegabytes)
    {
        var health = results[0].RequestsPerSecond;
        var lines = new List<string>
        {
            $"Load run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Environment.OSVersion}), wrk 2 threads, 32 connections, 8 s each",
            "",
            "| request | req/s | share of /health/live | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.RequestsPerSecond:N0} | {r.RequestsPerSecond / health:0.00} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Errors} |")));
        lines.Add("");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Peak working set of the app: {peakMegabytes:N0} MB"));
        Console.WriteLine();
        lines.ForEach(Console.WriteLine);
        var folder = Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS") ?? Directory.GetCurrentDirectory();
        var file = Path.Combine(folder, $"bench-{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
        File.WriteAllLines(file, lines);
        Console.WriteLine($"\nWritten to {file}");
    }

    /// <summary>Seeds through the real services in-process, with the same key the app process will use.</summary>
    private sealed class SeedingFactory(string key) : AppFactory
    {
        protected override string Environment => "Production";

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("JournalEncryption:Key", key);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}
