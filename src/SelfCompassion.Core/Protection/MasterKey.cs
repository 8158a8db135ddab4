using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SelfCompassion.Protection;

/// <summary>
/// The app's master key. Everything people write, and the Data Protection key ring that signs their sign-ins, is
/// encrypted under keys derived from it, so it must never be stored in the database it protects: it comes from
/// configuration (JournalEncryption:Key, 32 random bytes in base64) or, outside Production, from a key file
/// generated under the data directory. Lose it and the journal cannot be read again, so back it up apart.
/// </summary>
public sealed class MasterKey
{
    /// <summary>Kept under its first name so existing deployments keep working.</summary>
    public const string ConfigurationKey = "JournalEncryption:Key";
    public const string FileName = "journal.key";
    private const int Length = 32;

    private MasterKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    public static MasterKey FromBase64(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64.Trim());
        }
        catch (FormatException)
        {
            bytes = [];
        }
        if (bytes.Length != Length)
        {
            throw new SetupException(
                $"{EnvironmentName} must be {Length} random bytes in base64 (for example from 'openssl rand -base64 32').");
        }
        return new MasterKey(bytes);
    }

    public static MasterKey Load(IConfiguration configuration, IHostEnvironment environment, DataDirectory dataDirectory)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return FromBase64(configured);
        }
        if (environment.IsProduction())
        {
            throw new SetupException(
                $"{EnvironmentName} is not set. Production needs a key from outside the database: 32 random bytes in " +
                "base64 ('openssl rand -base64 32'). Back it up apart from the database.");
        }

        var path = dataDirectory.Resolve(FileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(dataDirectory.Root);
            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(Length));
            using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(fresh);
            }
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return FromBase64(File.ReadAllText(path));
    }

    private static string EnvironmentName => ConfigurationKey.Replace(":", "__", StringComparison.Ordinal);
}
