namespace SelfCompassion.Database;

/// <summary>Locates the PostgreSQL server programs: on PATH first, then Debian's versioned folders, newest first.</summary>
public sealed record PostgresBinaries(string Directory)
{
    public const string MissingMessage =
        "PostgreSQL server programs (initdb, pg_ctl) were not found. Install them with " +
        "'sudo apt-get install postgresql', or set ConnectionStrings__Default to a PostgreSQL database you run " +
        "(for example with 'docker compose up').";

    public string InitDb => Path.Combine(Directory, "initdb");

    public string PgCtl => Path.Combine(Directory, "pg_ctl");

    public static PostgresBinaries Find(string? pathVariable = null, string debianRoot = "/usr/lib/postgresql")
    {
        return TryFind(pathVariable ?? Environment.GetEnvironmentVariable("PATH"), debianRoot)
            ?? throw new EmbeddedPostgresException(MissingMessage);
    }

    public static PostgresBinaries? TryFind(string? pathVariable, string debianRoot)
    {
        foreach (var dir in (pathVariable ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            if (HasServerPrograms(dir))
            {
                return new PostgresBinaries(dir);
            }
        }

        if (!System.IO.Directory.Exists(debianRoot))
        {
            return null;
        }

        var newest = System.IO.Directory.GetDirectories(debianRoot)
            .Select(dir => (dir, version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
            .Where(x => x.version >= 0 && HasServerPrograms(Path.Combine(x.dir, "bin")))
            .OrderByDescending(x => x.version)
            .Select(x => Path.Combine(x.dir, "bin"))
            .FirstOrDefault();
        return newest is null ? null : new PostgresBinaries(newest);
    }

    private static bool HasServerPrograms(string dir) =>
        File.Exists(Path.Combine(dir, "initdb")) && File.Exists(Path.Combine(dir, "pg_ctl"));
}
