using System.Security.Cryptography;
using SelfCompassion.Benchmarks.Load;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Faults;

/// <summary>
/// `./dev.sh bench --faults`: what must keep holding when things go wrong, checked on the published app, two instances
/// of it behind nginx (deploy/nginx.conf) and one PostgreSQL, all real processes. Both instances start together on an
/// empty database; then sign-ins cross instances, 50 people save at once, each instance is restarted in turn under
/// saves, and the database goes away for 30 s, stopped and then frozen. Prints one line per check and exits non-zero
/// if any failed.
/// </summary>
internal static class FaultChecks
{
    private const int PeopleSaving = 50;
    private const int SavesEach = 10;
    private const int RollingSavers = 16;

    public static async Task<int> RunAsync(string publish, string repository)
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var connection = await TestCluster.CreateDatabaseAsync(migrated: false);
        var run = new TwoInstances(publish, connection, key, Path.Combine(TestCluster.Root, "faults-data"));
        var checks = new List<FaultCheck>();
        try
        {
            checks.Add(await run.StartTogetherOnAnEmptyDatabaseAsync());
            var people = new List<(TestUser Person, string Id)>();
            // Made and let go before the checks, so only the instances under test meet the outage.
            await using (var seeding = new ExistingDatabase(key, connection))
            {
                await seeding.InitializeAsync();
                for (var i = 0; i < PeopleSaving; i++)
                {
                    var person = TestUser.Create("Saver");
                    people.Add((person, await Tests.Support.People.CreateAsync(seeding, person)));
                }
            }
            await using var nginx = await Nginx.StartAsync(repository, run.Apps.Select(a => a.Address), Path.Combine(TestCluster.Root, "faults-nginx"));
            var savers = new List<Saver>();
            foreach (var (person, id) in people)
            {
                savers.Add(await Saver.SignInAsync(nginx.Address, person, id));
            }
            checks.Add(await run.SignInAndFormCrossInstancesAsync(people[0].Person, people[0].Id));
            checks.Add(await SaveTogetherAsync(savers, connection));
            checks.AddRange(await run.RollingRestartAsync(savers.Take(RollingSavers).ToList()));
            var server = await TestCluster.ServerAsync();
            var outage = new OutageCheck(run.Apps, nginx.Address, savers[0]);
            checks.AddRange(await outage.RunAsync(connection, DatabaseFault.Stopped(server)));
            checks.AddRange(await outage.RunAsync(connection, DatabaseFault.Frozen(server)));
        }
        catch (Exception ex)
        {
            checks.Add(new FaultCheck("the checks ran to the end", false, ex.Message));
        }
        finally
        {
            foreach (var (app, i) in run.Apps.Select((a, i) => (a, i + 1)))
            {
                await app.DisposeAsync();
                if (!checks.All(c => c.Passed))
                {
                    // What the instances logged (warnings and errors; never anyone's words), to see why a check failed.
                    await File.WriteAllLinesAsync(Path.Combine(Results, $"faults-instance-{i}.log"), app.Output);
                }
            }
        }
        return Report(checks);
    }

    /// <summary>50 people press save at the same moment, ten times each, through nginx.</summary>
    private static async Task<FaultCheck> SaveTogetherAsync(List<Saver> savers, string connection)
    {
        savers.ForEach(s => s.StartCounting());
        var before = await Saver.StoredAsync(connection);
        using var start = new SemaphoreSlim(0);
        var saving = savers.Select(async s =>
        {
            await start.WaitAsync();
            for (var i = 0; i < SavesEach; i++)
            {
                await s.SaveAsync();
            }
        }).ToList();
        start.Release(savers.Count);
        await Task.WhenAll(saving);
        var lost = Saver.Lost(savers, before, await Saver.StoredAsync(connection)).ToList();
        var acknowledged = savers.Sum(s => s.Acknowledged);
        var failed = savers.Sum(s => s.Failed);
        return new FaultCheck($"{savers.Count} people saving at once lose nothing", lost.Count == 0 && failed == 0 && acknowledged == savers.Count * SavesEach,
            $"{acknowledged} of {savers.Count * SavesEach} saves acknowledged, {failed} failed{Failures(savers)}, {lost.Count} people missing a save{Example(lost)}");
    }

    internal static string Failures(IEnumerable<Saver> savers)
    {
        var kinds = savers.SelectMany(s => s.Failures).GroupBy(f => f).Select(g => $"{g.Key} x{g.Count()}").ToList();
        return kinds.Count == 0 ? "" : $" ({string.Join(", ", kinds)})";
    }

    internal static string Example(List<string> lost) => lost.Count == 0 ? "" : $" (for example {lost[0]})";

    private static string Results => Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS") ?? Directory.GetCurrentDirectory();

    private static int Report(List<FaultCheck> checks)
    {
        var lines = new List<string>
        {
            $"Fault checks {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC on {Environment.ProcessorCount} cores: two instances behind nginx, one PostgreSQL",
            "",
            "| check | result | what happened |",
            "|---|---|---|",
        };
        lines.AddRange(checks.Select(c => $"| {c.Name} | {(c.Passed ? "holds" : "FAILS")} | {c.Detail} |"));
        Console.WriteLine();
        lines.ForEach(Console.WriteLine);
        var file = Path.Combine(Results, $"faults-{DateTime.UtcNow:yyyyMMdd-HHmm}.md");
        File.WriteAllLines(file, lines);
        Console.WriteLine($"\nWritten to {file}");
        return checks.All(c => c.Passed) && checks.Count > 0 ? 0 : 1;
    }

    /// <summary>The app's services over the database the instances migrated, to make the people who sign in.</summary>
    private sealed class ExistingDatabase(string key, string connection) : AppFactory
    {
        protected override string Environment => "Production";

        public override Task InitializeAsync()
        {
            ConnectionString = connection;
            return Task.CompletedTask;
        }

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("JournalEncryption:Key", key);
            builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        }
    }
}

internal sealed record FaultCheck(string Name, bool Passed, string Detail);
