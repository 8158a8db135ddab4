using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Data;

public static class AppDbContextOptions
{
    /// <summary>The one place the app, the design-time tools and the tests configure the provider.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString, bool threadSafetyChecks = true)
    {
        // Off only where DatabaseOptions.ThreadSafetyChecks says so (production, ADR 0015): the checks write an
        // async-local twice for every row read; development and its tests keep them to catch a shared context.
        options.EnableThreadSafetyChecks(threadSafetyChecks);
        options.UseNpgsql(Pooled(connectionString), npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name);
            npgsql.MigrationsHistoryTable("__ef_migrations_history");
        });
        options.AddInterceptors(PlannedForItsValues.Instance);
        // Emotions and reframe ratings are only ever loaded through their entry, which the owner filter guards.
        options.ConfigureWarnings(warnings => warnings
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            // A failed query or save reaches the caller as an exception, and the web app logs it once there (a lost
            // database as one warning for the whole outage); EF's own error lines would repeat it with every request.
            .Log((RelationalEventId.ConnectionError, LogLevel.Debug), (CoreEventId.QueryIterationFailed, LogLevel.Debug),
                (CoreEventId.SaveChangesFailed, LogLevel.Debug)));
    }

    /// <summary>
    /// The app keeps no state on its connections (no SET that outlives its transaction, no temporary tables, no LISTEN on
    /// pooled ones), so they go back to the pool without a DISCARD ALL, which otherwise ran before every query. The
    /// same few dozen statements run again and again, so each connection keeps the most used of them prepared:
    /// PostgreSQL then skips parsing and, once a statement's plan no longer depends on its values, planning too, which
    /// took ten times longer than running the owner-scoped queries themselves. Search and the pattern and feeling
    /// filters ask for plans made for their own values (ADR 0010).
    /// </summary>
    public static string Pooled(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { NoResetOnClose = true };
        // A connection string that says anything about preparing (Max Auto Prepare=0 behind an old pooler) is obeyed.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }
}
