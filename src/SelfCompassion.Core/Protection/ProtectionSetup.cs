using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption.ConfigurationModel;
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
            .PersistKeysToDbContext<AppDbContext>()
            // Every signed-in page opens three protected values (the cookie, the kept sign-in, the antiforgery cookie)
            // and seals one (the form's token): GCM does each in one authenticated pass where the default (AES-CBC,
            // then HMAC) takes two, and made /privacy signed in about a quarter faster. A key already made keeps the
            // algorithm it was made with, so sign-ins sealed before still open; the ring turns over to GCM as keys do.
            .UseCryptographicAlgorithms(new AuthenticatedEncryptorConfiguration { EncryptionAlgorithm = EncryptionAlgorithm.AES_256_GCM });
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlEncryptor = new KeyRingEncryptor(key)));
        return services;
    }
}
