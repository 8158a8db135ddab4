using System.Diagnostics;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// The real load balancer: deploy/nginx.conf, the file compose uses, with the instances' addresses in place of the
/// compose service, its own port, and the page it shows when no instance answers copied beside it, run in the
/// foreground from a scratch folder (for the several-instances load run, the fault checks and the tests of that page).
/// </summary>
public sealed class Nginx : IAsyncDisposable
{
    /// <summary>Where compose mounts deploy/unavailable.html; a run of its own serves it from its own folder.</summary>
    private const string PageRoot = "root /etc/nginx/selfcompassion;";

    private readonly Process _process;

    private Nginx(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    /// <param name="appReady">Whether to wait until an instance answers through it, or only nginx itself.</param>
    public static async Task<Nginx> StartAsync(string repository, IEnumerable<Uri> instances, string folder, bool appReady = true)
    {
        Directory.CreateDirectory(folder);
        var port = LoopbackPort.Free();
        var servers = string.Join("\n        ", instances.Select(i => $"server {i.Host}:{i.Port};"));
        var config = (await File.ReadAllTextAsync(Path.Combine(repository, "deploy", "nginx.conf")))
            .Replace("server app:8080 resolve;", servers, StringComparison.Ordinal)
            .Replace("resolver 127.0.0.11 valid=10s ipv6=off;", "", StringComparison.Ordinal)
            .Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal)
            .Replace(PageRoot, $"root {folder};", StringComparison.Ordinal);
        // Copied, so nginx's workers (another user when started as root) read it from a folder they may enter.
        File.Copy(Path.Combine(repository, "deploy", "unavailable.html"), Path.Combine(folder, "unavailable.html"), overwrite: true);
        var file = Path.Combine(folder, "nginx.conf");
        await File.WriteAllTextAsync(file, config);
        var start = new ProcessStartInfo("nginx", ["-p", folder, "-c", file, "-g", $"daemon off; pid {folder}/nginx.pid; error_log {folder}/error.log warn;"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start.");
        var nginx = new Nginx(process, new Uri($"http://127.0.0.1:{port}/"));
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var i = 0; i < 40; i++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException("nginx stopped: " + await process.StandardError.ReadToEndAsync());
            }
            try
            {
                using var answer = await client.GetAsync(new Uri(nginx.Address, "/health/live"));
                if (answer.IsSuccessStatusCode || !appReady)
                {
                    return nginx;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
        await nginx.DisposeAsync();
        throw new TimeoutException("nginx did not answer within ten seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // The whole tree: killing only the master leaves its workers holding the port.
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
