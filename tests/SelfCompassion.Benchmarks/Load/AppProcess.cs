using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Load;

/// <summary>
/// The published app as its own process, the way it runs in production (Release, non-Development environment),
/// against the benchmark's PostgreSQL. Its peak working set is read from the kernel when asked.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private bool _disposed;

    private AppProcess(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>What the app wrote to its standard output, kept only when it was started with keepOutput.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    /// <param name="settings">Settings over the production ones below (the fault checks raise the sign-in limit).</param>
    /// <param name="keepOutput">Keeps the app's log lines in <see cref="Output"/>; under load they would only fill memory.</param>
    public static async Task<AppProcess> StartAsync(string publishFolder, string connectionString, string key, string dataDirectory, int? port = null,
        IReadOnlyDictionary<string, string>? settings = null, bool keepOutput = false)
    {
        var address = new Uri($"http://127.0.0.1:{port ?? LoopbackPort.Free()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(publishFolder, "SelfCompassion.Web.dll"), "--urls", address.ToString().TrimEnd('/')])
        {
            WorkingDirectory = publishFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Default"] = connectionString,
            ["JournalEncryption__Key"] = key,
            ["App__PublicUrl"] = address.ToString().TrimEnd('/'),
            ["Cookies__RequireSecure"] = "false",
            ["DataDirectory"] = dataDirectory,
            ["Email__Delivery"] = "File",
            ["Serilog__MinimumLevel__Default"] = "Warning",
            ["Serilog__ConsoleFormat"] = keepOutput ? "Json" : "None",
        };
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            environment[name] = value;
        }
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var app = new AppProcess(process, address);
        process.OutputDataReceived += (_, e) =>
        {
            if (keepOutput && e.Data is { Length: > 0 } line)
            {
                app.Output.Enqueue(line);
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 } line) Console.Error.WriteLine($"  app: {line}"); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    /// <summary>The most memory the process has held at once (VmHWM), in MB.</summary>
    public double PeakWorkingSetMegabytes()
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024;
    }

    public async Task WaitUntilReadyAsync(TimeSpan? limit = null)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                // Its last words may still be on their way through the pipe.
                await _process.WaitForExitAsync();
                throw new InvalidOperationException($"The app stopped with exit code {_process.ExitCode}. {string.Join(" ", Output.TakeLast(3))}".Trim());
            }
            try
            {
                if ((await client.GetAsync(new Uri(Address, "/health/ready"))).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(250);
        }
        throw new TimeoutException("The app did not become ready within a minute.");
    }

    /// <summary>How the process ended, once it has: 0 for a clean stop.</summary>
    public int? ExitCode { get; private set; }

    /// <summary>Asks the app to stop as the host would (SIGTERM), and waits for it.</summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            ExitCode ??= _process.ExitCode;
            return;
        }
        Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])?.WaitForExit();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        ExitCode = _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        // Twice is harmless: the fault checks dispose an instance they restart, and the run disposes what it holds.
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        await StopAsync();
        _process.Dispose();
    }
}
