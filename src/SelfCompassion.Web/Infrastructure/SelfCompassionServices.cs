using Microsoft.AspNetCore.Http.Features;
using SelfCompassion.Accounts;
using SelfCompassion.Data;
using SelfCompassion.Email;
using SelfCompassion.Guide;
using SelfCompassion.Journal;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using SelfCompassion.Protection;
using Serilog;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>The composition root: Core's features, each registered by its own AddX, and what the web adds around them.</summary>
internal static class SelfCompassionServices
{
    public static WebApplicationBuilder AddSelfCompassion(this WebApplicationBuilder builder, string connectionString)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var dataDirectory = DatabaseSource.DataDirectoryFor(configuration, builder.Environment);

        // Each host keeps its own logger rather than replacing the process-wide one, so two hosts never share sinks.
        services.AddSerilog((provider, logger) => Logging.Configure(logger, configuration, provider), preserveStaticLogger: true);
        services.AddSingleton(dataDirectory);
        services.AddOptions<AppOptions>().Bind(configuration.GetSection(AppOptions.Section))
            .Validate(options => !builder.Environment.IsProduction() || options.HasPublicUrl, AppOptions.PublicUrlMissing)
            .ValidateOnStart();

        services.AddData(connectionString, configuration)
            .AddProtection(MasterKey.Load(configuration, builder.Environment, dataDirectory))
            .AddEmail(configuration)
            .AddAccounts()
            .AddJournal()
            .AddPractice()
            .AddProgress()
            .AddGuide(Path.Combine(builder.Environment.ContentRootPath, "Content", "guide"), configuration);

        var secureCookies = configuration.GetValue("Cookies:RequireSecure", !builder.Environment.IsDevelopment());
        services.AddWebAccounts(secureCookies);
        services.AddWebPages();
        services.AddOutputCache(options =>
            options.AddPolicy(GuideCache.Policy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(GuideCache.Tag)));
        // Every form here is small; a huge body is refused before it is read.
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = 16 * 1024;
            options.ValueCountLimit = 200;
            options.KeyLengthLimit = 256;
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 256 * 1024);
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }
}
