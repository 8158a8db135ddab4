using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Data;

public static class AppDbContextOptions
{
    /// <summary>The one place the app, the design-time tools and the tests configure the provider.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        options.UseNpgsql(Pooled(connectionString), npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name);
            npgsql.MigrationsHistoryTable("__ef_migrations_history");
        });
        // Emotions and reframe ratings are only ever loaded through their entry, which the owner filter guards.
        options.ConfigureWarnings(warnings => warnings
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            // A failed query or save reaches the caller as an exception, and the web app logs it once there (a lost
            // database as one warning for the whole outage); EF's own error lines would repeat it with every request.
            .Log((RelationalEventId.ConnectionError, LogLevel.Debug), (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
    }

    /// <summary>
    /// The app keeps no state on its connections (no SET, temporary tables or LISTEN on pooled ones), so they go back
    /// to the pool without a DISCARD ALL, which otherwise ran before every query.
    /// </summary>
    public static string Pooled(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true }.ConnectionString;
}
