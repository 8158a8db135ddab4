using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;
using SelfCompassion.Database;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>The explicit `migrate` command production runs before the app serves.</summary>
internal static class DatabaseCommands
{
    public static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseCommands));
        await services.GetRequiredService<DatabaseConnection>().InitializeAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.MigrateAsync();
        logger.LogInformation("The database schema is up to date");
        return 0;
    }
}
