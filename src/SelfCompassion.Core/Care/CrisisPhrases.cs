using System.Reflection;

namespace SelfCompassion.Care;

/// <summary>
/// The labelled phrases the crisis models learn from (Care/Phrases, one file per writer; see
/// tests/SelfCompassion.Tests/Services/Care/crisis/README.md), inside the assembly for `./dev.sh relearn`, the tests and
/// the benchmarks; the app itself reads only the learned models. The held-out phrases it is measured on are not here.
/// </summary>
internal static class CrisisPhrases
{
    internal sealed record Phrase(string Source, bool Crisis, string Kind, string Text);

    private const string Prefix = "SelfCompassion.Care.Phrases.";

    public static IReadOnlyList<Phrase> Training()
    {
        var assembly = typeof(CrisisPhrases).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .SelectMany(name => Read(assembly, name))];
    }

    /// <summary>A tab-separated file with a header line: label, kind, text.</summary>
    public static IEnumerable<Phrase> Parse(string source, TextReader reader)
    {
        reader.ReadLine();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var cells = line.Split('\t');
            if (cells.Length != 3 || cells[0] is not ("crisis" or "ordinary") || string.IsNullOrWhiteSpace(cells[2]))
            {
                throw new InvalidDataException($"{source}: a line is not 'crisis|ordinary<TAB>kind<TAB>text'.");
            }
            yield return new Phrase(source, cells[0] == "crisis", cells[1], cells[2]);
        }
    }

    private static List<Phrase> Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return [.. Parse(name[Prefix.Length..], reader)];
    }
}
