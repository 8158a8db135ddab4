namespace SelfCompassion.Tests.Architecture;

/// <summary>Small files with one reason to change: no C# file outside migrations grows past about 250 lines.</summary>
public class SourceTests
{
    private const int MaxLines = 250;

    [Fact]
    public void No_source_file_outside_migrations_is_over_250_lines()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        Assert.True(files.Count > 50, "The source files were not found.");
        var tooLong = files.Select(f => (File: Path.GetRelativePath(root, f), Lines: File.ReadLines(f).Count())).Where(f => f.Lines > MaxLines).ToList();
        Assert.True(tooLong.Count == 0, "Over 250 lines: " + string.Join(", ", tooLong.Select(f => $"{f.File} ({f.Lines})")));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SelfCompassion.sln")))
            {
                return dir.FullName;
            }
        }
        throw new DirectoryNotFoundException("The repository root (with SelfCompassion.sln) is not above the test output.");
    }
}
