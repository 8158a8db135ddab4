using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SelfCompassion.Data;

namespace SelfCompassion.Protection;

public static class ProtectionSetup
{
    /// <summary>
    /// The master key, the cipher for what people write, and Data Protection's key ring kept in the database (so
    /// several instances share sign-ins) and encrypted under the master key (so a database copy alone forges nothing).
    /// </summary>
    public static IServiceCollection AddProtection(this IServiceCollection services, MasterKey key)
    {
        services.AddSingleton(key);
        services.AddSingleton<TextCipher>();
        services.AddDataProtection()
            .SetApplicationName("SelfCompassion")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlEncryptor = new KeyRingEncryptor(key)));
        return services;
    }
}
