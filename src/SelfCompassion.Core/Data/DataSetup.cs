using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfCompassion.Ownership;

namespace SelfCompassion.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Development applies pending migrations at start; production runs the `migrate` command instead.</summary>
    public bool MigrateAtStartup { get; set; }

    /// <summary>
    /// Where to LISTEN for database notices (ConnectionStrings:Listen), when the main connection string goes through
    /// a pooler that hands connections out per transaction (PgBouncer in transaction mode), where a LISTEN is lost.
    /// Empty: the main connection string (<see cref="DirectConnectionString"/>).
    /// </summary>
    public string? ListenConnectionString { get; set; }

    /// <summary>
    /// Where the app's own long-lived connections go (the LISTEN, the database heartbeat): the Listen connection string
    /// when set, since it reaches PostgreSQL itself rather than a pooler's queue; otherwise <paramref name="main"/>.
    /// </summary>
    public string DirectConnectionString(string main) =>
        string.IsNullOrWhiteSpace(ListenConnectionString) ? main : ListenConnectionString;

    /// <summary>
    /// EF Core's check that no context is used by two operations at once. On unless configured off, as production is
    /// (docs/adr/0015); development and its tests keep it, so a context shared by mistake fails loudly there.
    /// </summary>
    public bool ThreadSafetyChecks { get; set; } = true;
}

public static class DataSetup
{
    /// <summary>
    /// The database for a connection string known before the app is built, the current owner that every request's
    /// context is told about, and the migrator.
    /// </summary>
    public static IServiceCollection AddData(this IServiceCollection services, string connectionString, IConfiguration configuration)
    {
        services.AddSingleton(provider => DatabaseOutage.ForConnection(connectionString,
            provider.GetRequiredService<ILogger<DatabaseOutage>>(), provider.GetRequiredService<IHostApplicationLifetime>()));
        services.AddPooledDbContextFactory<AppDbContext>((provider, options) => AppDbContextOptions.Configure(options, connectionString,
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.ThreadSafetyChecks, provider.GetRequiredService<DatabaseOutage>()));
        services.AddScoped<CurrentOwner>();
        services.AddScoped<ICurrentOwner>(provider => provider.GetRequiredService<CurrentOwner>());
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
            db.Owner = provider.GetRequiredService<ICurrentOwner>();
            return db;
        });
        services.AddScoped<DatabaseMigrator>();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        if (configuration.GetConnectionString("Listen") is { Length: > 0 } listen)
        {
            services.Configure<DatabaseOptions>(options => options.ListenConnectionString = listen);
        }
        services.AddHostedService<MigrateAtStartup>();
        services.AddHostedService(provider => new DatabaseHeartbeat(
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.DirectConnectionString(connectionString),
            provider.GetRequiredService<DatabaseOutage>(), provider.GetRequiredService<ILogger<DatabaseHeartbeat>>()));
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}

/// <summary>Applies pending migrations before the server takes requests, when configured to (Development).</summary>
internal sealed class MigrateAtStartup(IServiceScopeFactory scopes, IOptions<DatabaseOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateAtStartup)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
