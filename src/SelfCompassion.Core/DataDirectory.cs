namespace SelfCompassion;

/// <summary>
/// The git-ignored folder that holds what a developer's machine keeps between runs:
/// the embedded PostgreSQL cluster, written emails and local key material.
/// </summary>
public sealed class DataDirectory(string root)
{
    public const string FolderName = ".data";

    public string Root { get; } = Path.GetFullPath(root);

    public string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.Combine(Root, path);

    /// <summary>
    /// The repository's <c>.data</c> folder when running from a checkout (found by walking up to the solution file),
    /// so `dotnet run` from any folder shares one cluster; otherwise beside the app.
    /// </summary>
    public static DataDirectory ForContentRoot(string contentRoot)
    {
        for (var dir = new DirectoryInfo(contentRoot); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SelfCompassion.sln")))
            {
                return new DataDirectory(Path.Combine(dir.FullName, FolderName));
            }
        }
        return new DataDirectory(Path.Combine(contentRoot, FolderName));
    }
}
