using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Common;

namespace SelfCompassion.Today;

public static class TodaySetup
{
    /// <summary>Today's page for someone signed in, kept per person between changes. Needs data and protection.</summary>
    public static IServiceCollection AddToday(this IServiceCollection services) =>
        services.AddKeeper<TodayCache>().AddScoped<TodayService>();
}
