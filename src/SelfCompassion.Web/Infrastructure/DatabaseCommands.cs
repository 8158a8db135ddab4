using SelfCompassion.Data;
using SelfCompassion.Guide;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Commands run instead of serving: `migrate` (production runs it before the app serves) and `make-moderator`.</summary>
internal static class DatabaseCommands
{
    public static async Task<int> RunOrCommandAsync(this WebApplication app, string[] args)
    {
        await using (app)
        {
            switch (args)
            {
                case ["migrate", ..]:
                    return await MigrateAsync(app.Services);
                case ["make-moderator", var email, ..]:
                    return await MakeModeratorAsync(app.Services, email);
                default:
                    // A background service's fault stops the host (the crisis detector's warm-up, say), and RunAsync then
                    // returns as from a clean stop (dotnet/runtime#67146): an orchestrator should see a failure. They are
                    // found first, since RunAsync disposes the services it ran.
                    var background = app.Services.GetServices<IHostedService>().OfType<BackgroundService>().ToList();
                    try
                    {
                        await app.RunAsync();
                    }
                    catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
                    {
                        // Most often the same app started twice, or an earlier run still stopping: a line the person
                        // can act on and a failed exit, rather than a crash (the host has logged the failure already).
                        await Console.Error.WriteLineAsync($"{ex.Message} Stop what is using it, or give another address with --urls.");
                        return 1;
                    }
                    return background.Any(s => s.ExecuteTask is { IsFaulted: true }) ? 1 : 0;
            }
        }
    }

    /// <summary>`make-moderator EMAIL`: lets that account approve guide replies.</summary>
    private static async Task<int> MakeModeratorAsync(IServiceProvider services, string email)
    {
        await using var scope = services.CreateAsyncScope();
        if (await scope.ServiceProvider.GetRequiredService<Moderators>().GrantAsync(email))
        {
            await Console.Out.WriteLineAsync("That account is now a moderator.");
            return 0;
        }
        await Console.Error.WriteLineAsync("No account uses that email yet. Create the account first, then run this again.");
        return 1;
    }

    private static async Task<int> MigrateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        return 0;
    }
}
