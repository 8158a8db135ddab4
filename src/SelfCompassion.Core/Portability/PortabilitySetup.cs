using Microsoft.Extensions.DependencyInjection;

namespace SelfCompassion.Portability;

public static class PortabilitySetup
{
    /// <summary>Taking one's data out, bringing it back, and deleting the account. Needs accounts, journal, practice and guide.</summary>
    public static IServiceCollection AddPortability(this IServiceCollection services) => services
        .AddScoped<ExportReader>()
        .AddScoped<AccountExport>()
        .AddScoped<AccountImport>()
        .AddScoped<AccountDeletion>();
}
