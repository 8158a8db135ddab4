using SelfCompassion.Data;
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
            .Enrich.FromLogContext()
            // A lost database is told once, by DatabaseOutage; the same exception from every layer it passed
            // through (EF, the key ring, the request) would otherwise be a stack trace per request.
            .Filter.ByExcluding(e => e.Exception is not null && DatabaseUnavailable.Is(e.Exception));

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
