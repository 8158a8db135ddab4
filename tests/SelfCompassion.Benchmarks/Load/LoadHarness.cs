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
    /// app and its data running, writing its address, process id and cookie to bench-hold.txt, for profiling;
    /// "--instances N" runs N instances of the app behind nginx (deploy/nginx.conf) and drives them through it;
    /// "--faults" runs the fault checks instead (<see cref="Faults.FaultChecks"/>).
    /// </param>
    public static async Task RunAsync(string[] args)
    {
        if (args.Contains("--faults"))
        {
            Environment.ExitCode = await Faults.FaultChecks.RunAsync(
                Environment.GetEnvironmentVariable("SELFCOMPASSION_APP") ?? throw new InvalidOperationException("Run this through ./dev.sh bench --faults."),
                Environment.GetEnvironmentVariable("SELFCOMPASSION_REPO") ?? ".");
            return;
        }
        var only = args.SkipWhile(a => a != "--only").Skip(1).FirstOrDefault();
        var hold = args.Contains("--hold");
        var instances = int.Parse(args.SkipWhile(a => a != "--instances").Skip(1).FirstOrDefault() ?? "1", CultureInfo.InvariantCulture);
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
        await SettleAsync(connection);

        var apps = new List<AppProcess>();
        for (var i = 0; i < instances; i++)
        {
            apps.Add(await AppProcess.StartAsync(publish, connection, key, Path.Combine(TestCluster.Root, "app-data")));
        }
        await using var stopApps = new Stopper(apps);
        var app = apps[0];
        await using var nginx = instances > 1
            ? await Nginx.StartAsync(Environment.GetEnvironmentVariable("SELFCOMPASSION_REPO") ?? ".", apps.Select(a => a.Address), Path.Combine(TestCluster.Root, "nginx"))
            : null;
        var address = nginx?.Address ?? app.Address;
        var session = await SignedInSession.SignInAsync(address, data.Heavy);
        var token = Uri.EscapeDataString(await SignedInSession.TokenAsync(session.Client, "/journal/new"));
        var targets = new List<Target>
        {
            new("/health/live", "/health/live", SignedIn: false),
            new("main guide page", "/guide/self-compassion-in-mental-recovery", SignedIn: false),
            new("/help", "/help", SignedIn: false),
            // The same page with no query, signed out and in: the gap is what being signed in costs every page.
            new("/privacy signed out", "/privacy", SignedIn: false),
            new("/privacy signed in", "/privacy"),
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
        // Each page once per instance (nginx takes turns), so no instance meets a page for the first time under load.
        foreach (var target in targets.Where(t => t.SignedIn))
        {
            for (var i = 0; i < instances; i++)
            {
                await session.EnsureOkAsync(target.Path, target.Body);
            }
        }

        targets = [.. targets.Where((t, i) => i == 0 || only is null || t.Name.Contains(only, StringComparison.OrdinalIgnoreCase))];
        Console.WriteLine($"Driving {targets.Count} requests with wrk (2 threads, 32 connections, 2 s to warm up then 8 s measured, each) at {(nginx is null ? "the app" : $"nginx in front of {instances} instances")}...");
        var results = new List<LoadResult>();
        foreach (var target in targets)
        {
            var url = new Uri(address, target.Path);
            var cookie = target.SignedIn ? session.CookieHeader : null;
            // Warmed under the same load first: the first pages measured would otherwise also carry the app's start-up
            // (code still being optimized, the heap still growing), which stalled one or two of them for half a second
            // in some runs and none in others. /health/live is read first and last instead (below).
            if (results.Count > 0)
            {
                await Wrk.RunAsync(target.Name, url, cookie, target.Body, target.Connections, seconds: 2);
            }
            var result = await Wrk.RunAsync(target.Name, url, cookie, target.Body, target.Connections);
            results.Add(result);
            Console.WriteLine($"  {target.Name}: {result.RequestsPerSecond:N0} req/s");
        }
        // /health/live again at the end, once the app has warmed up on every page: shares are taken against the faster
        // reading, so a slow first one never flatters them.
        var again = await Wrk.RunAsync("/health/live", new Uri(address, "/health/live"));
        var (faster, slower) = again.RequestsPerSecond > results[0].RequestsPerSecond ? (again, results[0]) : (results[0], again);
        results[0] = faster;
        results.Insert(1, slower with { Name = "/health/live, the slower of its first and last readings" });
        Report(results, apps.Max(a => a.PeakWorkingSetMegabytes()), instances);
        if (hold)
        {
            var file = Path.Combine(System.Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS") ?? ".", "bench-hold.txt");
            await File.WriteAllLinesAsync(file, [app.Address.ToString(), app.Id.ToString(CultureInfo.InvariantCulture), session.CookieHeader, data.SomeEntry.ToString()]);
            Console.WriteLine($"Holding the app at {app.Address} (process {app.Id}); details in {file}. Stop with Ctrl+C.");
            await Task.Delay(Timeout.Infinite);
        }
    }

    private static void Report(List<LoadResult> results, double peakMegabytes, int instances)
    {
        var health = results[0].RequestsPerSecond;
        var lines = new List<string>
        {
            $"Load run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores ({Environment.OSVersion}), wrk 2 threads, 32 connections, 8 s each"
                + (instances > 1 ? $", through nginx to {instances} instances" : ""),
            "",
            "| request | req/s | share of /health/live | p50 ms | p95 ms | p99 ms | errors |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        lines.AddRange(results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"| {r.Name} | {r.RequestsPerSecond:N0} | {r.RequestsPerSecond / health:0.00} | {r.P50:0.0} | {r.P95:0.0} | {r.P99:0.0} | {r.Errors} |")));
        lines.Add("");
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"Peak working set of the app{(instances > 1 ? " (largest instance)" : "")}: {peakMegabytes:N0} MB"));
        Console.WriteLine();
        lines.ForEach(Console.WriteLine);
        var folder = Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS") ?? Directory.GetCurrentDirectory();
        var file = Path.Combine(folder, $"bench-{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
        File.WriteAllLines(file, lines);
        Console.WriteLine($"\nWritten to {file}");
    }

    private sealed class Stopper(List<AppProcess> apps) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var app in apps)
            {
                await app.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// Leaves the freshly seeded database as a live one would be: statistics current, visibility maps set and dirty
    /// pages written. Otherwise autovacuum and a checkpoint run during the first pages measured, and their figures say
    /// more about the seeding than about the page.
    /// </summary>
    private static async Task SettleAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "VACUUM (ANALYZE)", "CHECKPOINT" })
        {
            await using var command = new Npgsql.NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
            await command.ExecuteNonQueryAsync();
        }
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
