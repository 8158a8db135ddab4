using SelfCompassion;
using SelfCompassion.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddSelfCompassion();

var app = builder.Build();
app.UseSelfCompassion();

try
{
    if (args is ["migrate", ..])
    {
        var exitCode = await DatabaseCommands.MigrateAsync(app.Services);
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
