using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Practice.CheckIns;

namespace SelfCompassion.Practice;

public static class PracticeSetup
{
    /// <summary>Guided practices and self-compassion check-ins. Needs data and protection.</summary>
    public static IServiceCollection AddPractice(this IServiceCollection services) => services
        .AddScoped<PracticeSessions>()
        .AddScoped<CheckInLog>();
}
