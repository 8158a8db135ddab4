using Serilog;
using Serilog.Formatting.Compact;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Levels, overrides and extra sinks come from the "Serilog" section; the console speaks JSON for log collectors
/// unless Serilog:ConsoleFormat is "Text" (Development), which people read.
/// </summary>
internal static class Logging
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static void Configure(LoggerConfiguration logger, IConfiguration configuration, IServiceProvider services)
    {
        logger.ReadFrom.Configuration(configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext();

        if (string.Equals(configuration["Serilog:ConsoleFormat"], "Text", StringComparison.OrdinalIgnoreCase))
        {
            logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (!string.Equals(configuration["Serilog:ConsoleFormat"], "None", StringComparison.OrdinalIgnoreCase))
        {
            logger.WriteTo.Console(new CompactJsonFormatter());
        }
    }
}
