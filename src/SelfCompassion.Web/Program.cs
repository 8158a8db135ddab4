using Microsoft.Extensions.Options;
using SelfCompassion;
using SelfCompassion.Web.Infrastructure;

try
{
    var builder = WebApplication.CreateBuilder(args);
    if (args is [UnavailablePageFile.Command, var file])
    {
        // Needs neither the database nor the host: the page is for when neither can be reached.
        return await UnavailablePageFile.WriteAsync(file, builder.Environment.WebRootFileProvider);
    }
    // The database is known (and, in Development, the embedded cluster running) before the host is built.
    await using var database = await DatabaseSource.ResolveAsync(builder.Configuration, builder.Environment);
    builder.AddSelfCompassion(database.ConnectionString);

    var app = builder.Build();
    app.UseSelfCompassion();
    return await app.RunOrCommandAsync(args);
}
catch (SetupException ex)
{
    // A setup problem the person running the app can fix: one clear line, no stack trace.
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
catch (OptionsValidationException ex)
{
    foreach (var failure in ex.Failures)
    {
        await Console.Error.WriteLineAsync(failure);
    }
    return 1;
}

public partial class Program;
