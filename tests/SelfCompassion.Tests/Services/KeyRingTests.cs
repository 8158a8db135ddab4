using Microsoft.AspNetCore.DataProtection;
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
}
