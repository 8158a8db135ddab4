using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCompassion.Data;
using SelfCompassion.Database;
using SelfCompassion.Guide;
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
    ArticleLibrary articles,
    IConfiguration configuration,
    IHostEnvironment environment,
    IServiceScopeFactory scopes,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving these here makes a missing key or a broken article stop the app at start, not at first use.
        _ = (journalKey, articles);
        if (environment.IsProduction() && string.IsNullOrWhiteSpace(configuration["App:PublicUrl"]))
        {
            throw new SetupException(
                "App__PublicUrl is not set. Production needs the address people use (for example https://selfcompassion.example.org): " +
                "email links start with it, never with a Host header someone could forge.");
        }
        await connection.InitializeAsync(cancellationToken);
        if (!options.Value.MigrateAtStartup)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().MigrateQuietlyAsync(cancellationToken);
        logger.LogInformation("The database schema is up to date");
        await GrantConfiguredModeratorsAsync(cancellationToken);
    }

    /// <summary>The first moderators come from Moderation:Emails; accounts that don't exist yet are granted on a later start.</summary>
    private async Task GrantConfiguredModeratorsAsync(CancellationToken cancellationToken)
    {
        var emails = configuration.GetSection("Moderation:Emails").Get<string[]>() ?? [];
        if (emails.Length == 0)
        {
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var moderators = scope.ServiceProvider.GetRequiredService<Moderators>();
        foreach (var email in emails)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await moderators.GrantAsync(email);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
