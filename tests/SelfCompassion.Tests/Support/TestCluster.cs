using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using SelfCompassion.Data;
using SelfCompassion.Database;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, made by the same launcher the app uses.
/// The schema is migrated once into a template; each test class gets a fresh copy of it.
/// </summary>
public static class TestCluster
{
    private const string Template = "selfcompassion_template";
    private static readonly Lazy<Task<EmbeddedPostgres>> Cluster = new(StartAsync);
    private static readonly SemaphoreSlim CloneGate = new(1, 1);

    /// <summary>
    /// This run's own scratch folder: `./dev.sh test` makes one per run and stops only the clusters under it, so two
    /// runs on one machine never touch each other's.
    /// </summary>
    public static string Root { get; } = Environment.GetEnvironmentVariable("SELFCOMPASSION_TEST_SCRATCH") is { Length: > 0 } scratch
        ? scratch
        : Path.Combine(Path.GetTempPath(), $"selfcompassion-tests-{Environment.ProcessId}");

    /// <summary>A fresh database with the current schema, or an empty one for a test that migrates it itself.</summary>
    public static async Task<string> CreateDatabaseAsync(bool migrated = true)
    {
        var cluster = await Cluster.Value;
        var name = $"test_{Guid.NewGuid():N}";
        // PostgreSQL refuses to copy a template that another copy is reading at the same moment.
        await CloneGate.WaitAsync();
        try
        {
            await cluster.CreateDatabaseAsync(name, migrated ? Template : null);
        }
        finally
        {
            CloneGate.Release();
        }
        return cluster.ConnectionString(name);
    }

    /// <summary>The cluster itself, for the load harness's fault checks, which stop it and start it again.</summary>
    public static Task<EmbeddedPostgres> ServerAsync() => Cluster.Value;

    /// <summary>The app's own options, with <paramref name="interceptors"/> after the app's, to watch or change what it sends.</summary>
    public static DbContextOptions<AppDbContext> OptionsFor(string connectionString, params IInterceptor[] interceptors)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContextOptions.Configure(options, connectionString);
        options.AddInterceptors(interceptors);
        return options.Options;
    }

    private static async Task<EmbeddedPostgres> StartAsync()
    {
        var cluster = await EmbeddedPostgres.StartAsync(
            new EmbeddedPostgresOptions(Path.Combine(Root, Guid.NewGuid().ToString("N")), Throwaway: true));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();

        await cluster.CreateDatabaseAsync(Template);
        await using (var db = new AppDbContext(OptionsFor(cluster.ConnectionString(Template))))
        {
            await db.Database.MigrateAsync();
        }
        NpgsqlConnection.ClearAllPools();
        return cluster;
    }
}
