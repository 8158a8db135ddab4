using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;
using SelfCompassion.Database;
using SelfCompassion.Guide;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Commands run instead of serving: `migrate` (production runs it before the app serves) and `make-moderator`.</summary>
internal static class DatabaseCommands
{
    /// <summary>`make-moderator EMAIL`: lets that account approve guide replies.</summary>
    public static async Task<int> MakeModeratorAsync(IServiceProvider services, string email)
    {
        await services.GetRequiredService<DatabaseConnection>().InitializeAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<Moderators>().GrantAsync(email))
        {
            await Console.Out.WriteLineAsync("That account is now a moderator.");
            return 0;
        }
        await Console.Error.WriteLineAsync("No account uses that email yet. Create the account first, then run this again.");
        return 1;
    }

    public static async Task<int> MigrateAsync(IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseCommands));
        await services.GetRequiredService<DatabaseConnection>().InitializeAsync(CancellationToken.None);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.MigrateQuietlyAsync(CancellationToken.None);
        logger.LogInformation("The database schema is up to date");
        return 0;
    }
}
