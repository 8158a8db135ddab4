using System.Collections.Frozen;

namespace SelfCompassion.Accounts;

/// <summary>The bundled list of frequently used passwords, loaded once.</summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "SelfCompassion.Accounts.common-passwords.txt";

    private readonly FrozenSet<string> _passwords;

    private CommonPasswords(FrozenSet<string> passwords) => _passwords = passwords;

    public static CommonPasswords Bundled { get; } = Load();

    public int Count => _passwords.Count;

    public bool Contains(string password) => _passwords.Contains(password);

    private static CommonPasswords Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                set.Add(line);
            }
        }
        return new CommonPasswords(set.ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }
}
