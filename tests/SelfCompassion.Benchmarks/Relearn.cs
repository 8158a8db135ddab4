using SelfCompassion.Care;

namespace SelfCompassion.Benchmarks;

/// <summary>
/// Learns the crisis models from the bundled phrases and writes the file the app ships (`./dev.sh relearn`). A test
/// fails until this has been run after the phrases, the features or the learning change.
/// </summary>
internal static class Relearn
{
    public static void Run(string repository)
    {
        var path = Path.Combine(repository, CrisisReader.ShippedFile);
        var reader = CrisisReader.Learn(CrisisPhrases.Training());
        using (var file = File.Create(path))
        {
            reader.Save(file);
        }
        Console.WriteLine($"Wrote {path} ({new FileInfo(path).Length:N0} bytes).");
    }
}
