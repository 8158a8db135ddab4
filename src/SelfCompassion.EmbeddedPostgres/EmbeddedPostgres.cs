using System.Runtime.Versioning;
using System.Security.Cryptography;
using Npgsql;

namespace SelfCompassion.Database;

/// <summary>
/// A private PostgreSQL cluster in a folder of our own, on a free loopback port and reachable only over TCP
/// with a generated password. Development keeps it under .data/postgres and reuses it; tests make a throwaway one.
/// </summary>
public sealed class EmbeddedPostgres : IAsyncDisposable
{
    public const string DefaultDatabase = "selfcompassion";
    private const string PasswordFileName = "selfcompassion.password";
    private const string SuperUser = "postgres";

    private readonly ProcessRunner _runner = new();
    private readonly PostgresBinaries _binaries;
    private readonly EmbeddedPostgresOptions _options;
    private bool _startedHere;
    private bool _stoppedHere;

    private EmbeddedPostgres(PostgresBinaries binaries, EmbeddedPostgresOptions options)
    {
        _binaries = binaries;
        _options = options;
    }

    public string DataPath => _options.DataPath;

    public int Port { get; private set; }

    private string Password { get; set; } = "";

    public static async Task<EmbeddedPostgres> StartAsync(EmbeddedPostgresOptions options, CancellationToken cancellationToken = default)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new EmbeddedPostgresException(
                "The embedded PostgreSQL runs on Linux and macOS. Set ConnectionStrings__Default to a PostgreSQL database instead.");
        }
        var cluster = new EmbeddedPostgres(PostgresBinaries.Find(), options);
        await cluster.StartAsync(cancellationToken);
        return cluster;
    }

    public string ConnectionString(string database = DefaultDatabase) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Password = Password,
        Database = database,
    }.ConnectionString;

    /// <summary>Creates the database unless it exists, optionally as a copy of a template database.</summary>
    public async Task CreateDatabaseAsync(string name, string? template = null, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection))
        {
            exists.Parameters.AddWithValue(name);
            if (await exists.ExecuteScalarAsync(cancellationToken) is not null)
            {
                return;
            }
        }
        var sql = $"CREATE DATABASE {Quote(name)}" + (template is null ? "" : $" TEMPLATE {Quote(template)}");
        await using var create = new NpgsqlCommand(sql, connection);
        await create.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!_startedHere)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await _runner.RunCheckedAsync(_binaries.PgCtl, ["-D", DataPath, "-m", "fast", "-w", "stop"], asServerUser: true, cancellationToken);
        _startedHere = false;
        _stoppedHere = true;
    }

    /// <summary>Starts a cluster stopped with <see cref="StopAsync"/> on the port it had (the fault checks' outage).</summary>
    public async Task StartAgainAsync(CancellationToken cancellationToken = default)
    {
        if (_stoppedHere)
        {
            var result = await PgCtlStartAsync(Port, cancellationToken);
            (_startedHere, _stoppedHere) = result.ExitCode == 0 ? (true, false)
                : throw new EmbeddedPostgresException($"PostgreSQL did not start again: {result.StandardError.Trim()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_options.Throwaway && Directory.Exists(DataPath))
        {
            Directory.Delete(DataPath, recursive: true);
        }
    }

    [UnsupportedOSPlatform("windows")]
    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (_runner.AsPostgresUser)
        {
            await EnsureServerUserAsync(cancellationToken);
        }
        if (!File.Exists(Path.Combine(DataPath, "PG_VERSION")))
        {
            await InitializeAsync(cancellationToken);
        }
        Password = (await File.ReadAllTextAsync(Path.Combine(DataPath, PasswordFileName), cancellationToken)).Trim();

        var status = await _runner.RunAsync(_binaries.PgCtl, ["-D", DataPath, "status"], asServerUser: true, cancellationToken);
        if (status.ExitCode == 0 && ReadRunningPort() is { } runningPort)
        {
            Port = runningPort;
        }
        else
        {
            await StartServerAsync(cancellationToken);
        }
        await CreateDatabaseAsync(DefaultDatabase, cancellationToken: cancellationToken);
    }

    private async Task EnsureServerUserAsync(CancellationToken cancellationToken)
    {
        var id = await _runner.RunAsync("id", ["-u", ProcessRunner.PostgresUser], asServerUser: false, cancellationToken);
        if (id.ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                "Running as root, the embedded PostgreSQL needs the 'postgres' system user, which the postgresql package creates. " +
                "Install it with 'apt-get install postgresql', or run as a normal user.");
        }
    }

    [UnsupportedOSPlatform("windows")]
    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (Directory.Exists(DataPath) && Directory.EnumerateFileSystemEntries(DataPath).Any())
        {
            throw new EmbeddedPostgresException(
                $"The folder {DataPath} holds files but no PostgreSQL cluster. Move them away so a new cluster can be made there.");
        }
        Directory.CreateDirectory(DataPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        var passwordFile = Path.Combine(Path.GetTempPath(), $"selfcompassion-pw-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (_runner.AsPostgresUser)
            {
                await GiveToServerUserAsync(passwordFile, cancellationToken);
                await GiveToServerUserAsync(DataPath, cancellationToken);
                var access = await _runner.RunAsync("test", ["-w", DataPath], asServerUser: true, cancellationToken);
                if (access.ExitCode != 0)
                {
                    throw new EmbeddedPostgresException(
                        $"The 'postgres' user cannot reach {DataPath}. Put the checkout where that user can read its folders, " +
                        "or set DataDirectory to such a folder.");
                }
            }
            string[] arguments =
            [
                "-D", DataPath, "-U", SuperUser, "--pwfile", passwordFile,
                "--auth-host=scram-sha-256", "--auth-local=scram-sha-256", "-E", "UTF8", "--no-locale",
                .. _options.Throwaway ? new[] { "--no-sync" } : [],
            ];
            await _runner.RunCheckedAsync(_binaries.InitDb, arguments, asServerUser: true, cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        var settings = new List<string>
        {
            "",
            "# Added by SelfCompassion: loopback TCP only, no Unix socket.",
            "listen_addresses = '127.0.0.1'",
            "unix_socket_directories = ''",
        };
        if (_options.Throwaway)
        {
            // A test cluster is thrown away, so durability buys nothing and costs seconds.
            settings.AddRange(["fsync = off", "synchronous_commit = off", "full_page_writes = off", "max_connections = 300"]);
        }
        await File.AppendAllLinesAsync(Path.Combine(DataPath, "postgresql.conf"), settings, cancellationToken);

        var ownPasswordFile = Path.Combine(DataPath, PasswordFileName);
        await File.WriteAllTextAsync(ownPasswordFile, password, cancellationToken);
        File.SetUnixFileMode(ownPasswordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    private Task GiveToServerUserAsync(string path, CancellationToken cancellationToken) =>
        _runner.RunCheckedAsync("chown", [$"{ProcessRunner.PostgresUser}:", path], asServerUser: false, cancellationToken);

    private async Task StartServerAsync(CancellationToken cancellationToken)
    {
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = LoopbackPort.Free();
            var result = await PgCtlStartAsync(port, cancellationToken);
            if (result.ExitCode == 0)
            {
                Port = port;
                _startedHere = true;
                return;
            }
            // Another program may have taken the port between our probe and the server's bind.
            if (attempt == attempts)
            {
                throw new EmbeddedPostgresException(
                    $"PostgreSQL did not start: {result.StandardError.Trim()} See {Path.Combine(DataPath, "server.log")}.");
            }
        }
    }

    private Task<ProcessResult> PgCtlStartAsync(int port, CancellationToken cancellationToken) => _runner.RunAsync(
        _binaries.PgCtl,
        ["-D", DataPath, "-l", Path.Combine(DataPath, "server.log"), "-w", "-t", "60", "-o", $"-p {port}", "start"],
        asServerUser: true,
        cancellationToken);

    private int? ReadRunningPort()
    {
        // postmaster.pid's fourth line is the port the running server listens on.
        var pidFile = Path.Combine(DataPath, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3].Trim(), out var port) ? port : null;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";
}

public sealed record EmbeddedPostgresOptions(string DataPath, bool Throwaway = false);
