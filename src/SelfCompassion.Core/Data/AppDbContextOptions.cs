using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Data;

public static class AppDbContextOptions
{
    /// <summary>The one place the app, the design-time tools and the tests configure the provider.</summary>
    public static void Configure(DbContextOptionsBuilder options, string connectionString, bool threadSafetyChecks = true,
        DatabaseOutage? outage = null)
    {
        // Off only where DatabaseOptions.ThreadSafetyChecks says so (production, ADR 0015): the checks write an
        // async-local twice for every row read; development and its tests keep them to catch a shared context.
        options.EnableThreadSafetyChecks(threadSafetyChecks);
        options.UseNpgsql(Pooled(connectionString), npgsql =>
        {
            npgsql.MigrationsAssembly(typeof(AppDbContext).Assembly.GetName().Name);
            npgsql.MigrationsHistoryTable("__ef_migrations_history");
        });
        options.AddInterceptors(PlannedForItsValues.Instance, ReadInIndexOrder.Instance);
        if (outage is not null)
        {
            options.AddInterceptors(new OutageBreaker(outage));
        }
        // Emotions and reframe ratings are only ever loaded through their entry, which the owner filter guards.
        options.ConfigureWarnings(warnings => warnings
            .Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
            // A failed query or save reaches the caller as an exception, and the web app logs it once there (a lost
            // database as one warning for the whole outage); EF's own error lines would repeat it with every request.
            .Log((RelationalEventId.ConnectionError, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug),
                (CoreEventId.QueryIterationFailed, LogLevel.Debug), (CoreEventId.SaveChangesFailed, LogLevel.Debug),
                // Indexes on journal tables are built CONCURRENTLY, outside a transaction, in steps written to run again
                // (IF NOT EXISTS, an invalid index dropped first), so a partial run is finished by the next rather than
                // needing the manual repair EF's warning describes. Every such step must stay that way.
                (RelationalEventId.NonTransactionalMigrationOperationWarning, LogLevel.Debug)));
    }

    /// <summary>
    /// The app keeps no state on its connections (no SET that outlives its transaction, no temporary tables, no LISTEN on
    /// pooled ones), so they go back to the pool without a DISCARD ALL, which otherwise ran before every query. The
    /// same few dozen statements run again and again, so each connection keeps the most used of them prepared:
    /// PostgreSQL then skips parsing and, once a statement's plan no longer depends on its values, planning too, which
    /// took ten times longer than running the owner-scoped queries themselves. Search and the pattern and feeling
    /// filters ask for plans made for their own values (ADR 0010). Behind an old pooler, Max Auto Prepare=0 turns it off.
    /// <para>Nobody waits half a minute for a page: a database that stops answering gives up within
    /// <see cref="CommandSeconds"/> rather than Npgsql's 30, and a connection within <see cref="ConnectSeconds"/>
    /// rather than 15 (ADR 0018). The few long jobs (migrating, importing, deleting an account) ask for longer.
    /// Whatever the connection string itself says about any of these is obeyed.</para>
    /// </summary>
    public static string Pooled(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        // Npgsql writes back only what was given, under each setting's own name, whatever synonym was used.
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = builder.ConnectionString };
        builder.NoResetOnClose = true;
        if (!given.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        if (!given.ContainsKey("Command Timeout"))
        {
            builder.CommandTimeout = CommandSeconds;
        }
        if (!given.ContainsKey("Timeout"))
        {
            builder.Timeout = ConnectSeconds;
        }
        return builder.ConnectionString;
    }

    /// <summary>
    /// Every query a page makes takes milliseconds; five seconds is a database in trouble. A query that runs out of time
    /// waits as long again, or twice as long, while Npgsql asks the server to cancel it (docs/adr/0018).
    /// </summary>
    public const int CommandSeconds = 5;

    /// <summary>Also how long a request waits for a free connection when all of the pool's are busy.</summary>
    public const int ConnectSeconds = 5;

    /// <summary>
    /// For single statements over a whole journal, in jobs a person starts and waits for: importing, deleting an account.
    /// deploy/nginx.conf waits longer than this for their pages.
    /// </summary>
    public static readonly TimeSpan LongJob = TimeSpan.FromMinutes(2);
}
