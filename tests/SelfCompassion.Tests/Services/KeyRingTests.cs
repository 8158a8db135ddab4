using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.AuthenticatedEncryption;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace SelfCompassion.Tests.Services;

public class KeyRingTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Keys_stored_in_the_database_are_encrypted_and_still_work()
    {
        var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
        var token = protector.Protect("sign-in ticket");
        Assert.Equal("sign-in ticket", protector.Unprotect(token));

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(\"Xml\", '') FROM data_protection_keys", connection);
        var xml = (string)(await command.ExecuteScalarAsync())!;
        Assert.Contains("<encryptedKey", xml);
        Assert.DoesNotContain("<masterKey", xml);

        // What a restarted app (or a second instance) does when it reads the ring back.
        var stored = System.Xml.Linq.XDocument.Parse("<ring>" + xml + "</ring>").Descendants("encryptedKey").First();
        var opened = new SelfCompassion.Data.KeyRingDecryptor(app.Services).Decrypt(stored);
        Assert.Equal("masterKey", opened.Name.LocalName);
    }

    [Fact]
    public void New_keys_seal_with_AES_256_GCM()
    {
        // Each AppFactory starts on a database of its own, so the ring's newest key was made by this build's settings.
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("make sure a key exists");

        var newest = app.Services.GetRequiredService<IKeyManager>().GetAllKeys().MaxBy(k => k.ActivationDate)!;

        // As the ring stores it: <descriptor><encryption algorithm="AES_256_GCM" /></descriptor>.
        var stored = newest.Descriptor.ExportToXml().SerializedDescriptorElement;
        Assert.Equal(nameof(EncryptionAlgorithm.AES_256_GCM), stored.Element("encryption")?.Attribute("algorithm")?.Value);
    }
}
