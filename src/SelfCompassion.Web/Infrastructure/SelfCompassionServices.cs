using Microsoft.AspNetCore.Http.Features;
using SelfCompassion.Accounts;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Data;
using SelfCompassion.Email;
using SelfCompassion.Guide;
using SelfCompassion.Journal;
using SelfCompassion.Portability;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using SelfCompassion.Protection;
using SelfCompassion.Today;
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
            .AddCare()
            .AddProgress()
            .AddToday()
            .AddGuide(Path.Combine(builder.Environment.ContentRootPath, "Content", "guide"), configuration)
            .AddPortability();

        var secureCookies = configuration.GetValue("Cookies:RequireSecure", !builder.Environment.IsDevelopment());
        services.AddWebAccounts(secureCookies);
        services.AddWebPages();
        services.AddRateLimits(configuration);
        services.AddOutputCache(options =>
            options.AddPolicy(GuideCache.Policy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(GuideCache.Tag)));
        // A form's values arrive percent-encoded: a character of Korean or Chinese takes 9 bytes, an emoji 12. The
        // limits leave room for the longest field (a 10,000-character letter) in any script, and refuse more.
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = 128 * 1024;
            options.ValueCountLimit = 200;
            options.KeyLengthLimit = 256;
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = 1024 * 1024;
            // Which server answers is nobody's business.
            kestrel.AddServerHeader = false;
        });
        services.AddSingleton<ShutdownDrain>();
        services.AddHostedService(provider => provider.GetRequiredService<ShutdownDrain>());
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]).AddCheck<CrisisReadyCheck>("crisis-detector", tags: ["ready"])
            .AddCheck<ShutdownDrain>("stopping", tags: ["ready"]);
        return builder;
    }
}
