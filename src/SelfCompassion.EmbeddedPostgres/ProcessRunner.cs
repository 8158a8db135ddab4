using System.Diagnostics;

namespace SelfCompassion.Database;

/// <summary>Runs the PostgreSQL programs, as the 'postgres' user when we are root (initdb refuses to run as root).</summary>
internal sealed class ProcessRunner
{
    public const string PostgresUser = "postgres";

    public bool AsPostgresUser { get; } = Environment.IsPrivilegedProcess;

    public async Task<ProcessResult> RunAsync(string program, IEnumerable<string> arguments, bool asServerUser, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asServerUser && AsPostgresUser)
        {
            start.FileName = "runuser";
            start.ArgumentList.Add("-u");
            start.ArgumentList.Add(PostgresUser);
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(program);
        }
        else
        {
            start.FileName = program;
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // The server inherits our environment; a stray PGDATA or PGPORT must not steer it.
        start.Environment.Remove("PGDATA");
        start.Environment.Remove("PGPORT");
        start.Environment["LC_ALL"] = "C";

        using var process = Process.Start(start)
            ?? throw new EmbeddedPostgresException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    public async Task RunCheckedAsync(string program, IEnumerable<string> arguments, bool asServerUser, CancellationToken cancellationToken)
    {
        var result = await RunAsync(program, arguments, asServerUser, cancellationToken);
        if (result.ExitCode != 0)
        {
            throw new EmbeddedPostgresException(
                $"{Path.GetFileName(program)} failed (exit code {result.ExitCode}): {result.StandardError.Trim()} {result.StandardOutput.Trim()}".Trim());
        }
    }
}

internal sealed record ProcessResult(int ExitCode, string StandardOutput, string StandardError);
