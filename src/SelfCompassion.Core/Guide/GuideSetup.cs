using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace SelfCompassion.Guide;

public static class GuideSetup
{
    /// <summary>
    /// The guide: its articles, read and checked now (a broken article stops the app before it serves), replies and
    /// moderators. Needs data and accounts.
    /// </summary>
    public static IServiceCollection AddGuide(this IServiceCollection services, string articlesFolder, IConfiguration configuration)
    {
        services.AddSingleton(ArticleLibrary.Load(articlesFolder));
        services.AddScoped<GuideReplies>();
        services.AddScoped<Moderators>();
        services.Configure<ModerationOptions>(configuration.GetSection(ModerationOptions.Section));
        services.AddHostedService<ConfiguredModerators>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
