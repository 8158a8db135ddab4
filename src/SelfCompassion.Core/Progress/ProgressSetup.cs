using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Common;

namespace SelfCompassion.Progress;

public static class ProgressSetup
{
    /// <summary>The progress charts' figures: numbers and choices only, so nothing is decrypted. Needs data.</summary>
    public static IServiceCollection AddProgress(this IServiceCollection services) =>
        services.AddKeeper<ProgressCache>().AddScoped<ProgressReports>();
}
