using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCompassion.Data;
using SelfCompassion.Database;
using SelfCompassion.Journal;

namespace SelfCompassion.Web.Infrastructure;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Development applies pending migrations at start; production runs the `migrate` command instead.</summary>
    public bool MigrateAtStartup { get; set; }
}

/// <summary>Connects (starting the embedded cluster if that is the source) before the server takes requests.</summary>
internal sealed class DatabaseStartup(
    DatabaseConnection connection,
    JournalKey journalKey,
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving the key here makes a missing one stop the app at start, not at someone's first save.
        _ = journalKey;
        await connection.InitializeAsync(cancellationToken);
        if (!options.Value.MigrateAtStartup)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync(cancellationToken);
        logger.LogInformation("The database schema is up to date");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
