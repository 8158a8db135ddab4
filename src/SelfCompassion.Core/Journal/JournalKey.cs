using System.Security.Cryptography;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace SelfCompassion.Journal;

/// <summary>
/// The master key for journal text. It must never be stored in the database it protects: it comes from
/// configuration (JournalEncryption:Key, 32 random bytes in base64) or, outside Production, from a key file
/// generated under the data directory. Lose it and the journal text cannot be read again, so back it up apart.
/// </summary>
public sealed class JournalKey
{
    public const string ConfigurationKey = "JournalEncryption:Key";
    public const string FileName = "journal.key";
    private const int Length = 32;

    private JournalKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    public static JournalKey FromBase64(string base64)
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
                $"{ConfigurationKey} must be {Length} random bytes in base64 (for example from 'openssl rand -base64 32').");
        }
        return new JournalKey(bytes);
    }

    public static JournalKey Load(IConfiguration configuration, IHostEnvironment environment, DataDirectory dataDirectory)
    {
        var configured = configuration[ConfigurationKey];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return FromBase64(configured);
        }
        if (environment.IsProduction())
        {
            throw new SetupException(
                $"{ConfigurationKey.Replace(":", "__", StringComparison.Ordinal)} is not set. Production needs a journal key from outside " +
                "the database: 32 random bytes in base64 ('openssl rand -base64 32'). Back it up apart from the database.");
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
}
