using SelfCompassion;
using SelfCompassion.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSelfCompassion();

var app = builder.Build();
app.UseSelfCompassion();

try
{
    if (args is ["migrate", ..] or ["make-moderator", _, ..])
    {
        var exitCode = args[0] == "migrate"
            ? await DatabaseCommands.MigrateAsync(app.Services)
            : await DatabaseCommands.MakeModeratorAsync(app.Services, args[1]);
        await app.DisposeAsync();
        return exitCode;
    }
    await app.RunAsync();
    return 0;
}
catch (SetupException ex)
{
    // A setup problem the user can fix: one clear line, no stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}

public partial class Program;
