using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data.Upgrades;
using SelfCompassion.Protection;

namespace SelfCompassion.Data;

/// <summary>
/// Brings the schema up to date: the `migrate` command, Development's start, and the tests all go through here.
/// Between two migrations it can run a data upgrade that needs the master key (the database alone can't do it).
/// </summary>
public sealed class DatabaseMigrator(AppDbContext db, TextCipher cipher, ILogger<DatabaseMigrator> logger)
{
    /// <summary>Any number, as long as nothing else on the database takes the same advisory lock.</summary>
    private const long LockKey = 0x5E1F_C0DE;

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        // No limit: a data upgrade reads and writes every record, and an index is built over a whole table
        // (AppDbContextOptions gives a page's queries 5 s).
        db.Database.SetCommandTimeout(0);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var locked = false;
        try
        {
            // Instances started together queue here: the first migrates, the rest then find nothing pending. They ask
            // again every half second rather than wait inside one statement: a waiting statement holds a snapshot, and
            // an index built CONCURRENTLY waits for every older snapshot to end, so the two deadlocked (faults run,
            // 27 November).
            while (!await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken))
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            }
            locked = true;
            // On a brand-new database EF first reads a history table that isn't there yet and logs that expected miss
            // as an error (npgsql/efcore.pg#3407); creating the table first keeps a first run's log honest.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var migrator = db.GetService<IMigrator>();
            if (pending.Contains(SealedTextUpgrade.Before))
            {
                await migrator.MigrateAsync(SealedTextUpgrade.After, cancellationToken);
                await new SealedTextUpgrade(db, cipher, logger).RunAsync(cancellationToken);
            }
            await migrator.MigrateAsync(cancellationToken: cancellationToken);
            logger.LogInformation("The database schema is up to date");
        }
        finally
        {
            try
            {
                if (locked)
                {
                    await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
                }
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                // The connection is gone, and the lock with it; the failure that matters is the one already under way.
            }
            await db.Database.CloseConnectionAsync();
        }
    }
}
