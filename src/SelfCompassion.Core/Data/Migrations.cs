using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace SelfCompassion.Data;

public static class MigrationExtensions
{
    /// <summary>
    /// Applies pending migrations. On a brand-new database EF first reads a history table that isn't there yet and
    /// logs that expected miss as an error (npgsql/efcore.pg#3407); creating the table first keeps a first run's log honest.
    /// </summary>
    public static async Task MigrateQuietlyAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
    }
}
