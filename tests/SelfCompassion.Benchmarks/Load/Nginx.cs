using System.Diagnostics;
using System.Net.Http;

namespace SelfCompassion.Benchmarks.Load;

/// <summary>
/// The real load balancer for the several-instances run: deploy/nginx.conf, the file compose uses, with the instances'
/// addresses in place of the compose service and its own port, run in the foreground from the bench's scratch folder.
/// </summary>
internal sealed class Nginx : IAsyncDisposable
{
    private readonly Process _process;

    private Nginx(Process process, Uri address) => (_process, Address) = (process, address);

    public Uri Address { get; }

    public static async Task<Nginx> StartAsync(string repository, IEnumerable<Uri> instances, string folder)
    {
        Directory.CreateDirectory(folder);
        var port = AppProcess.FreePort();
        var servers = string.Join("\n        ", instances.Select(i => $"server {i.Host}:{i.Port};"));
        var config = (await File.ReadAllTextAsync(Path.Combine(repository, "deploy", "nginx.conf")))
            .Replace("server app:8080 resolve;", servers, StringComparison.Ordinal)
            .Replace("resolver 127.0.0.11 valid=10s ipv6=off;", "", StringComparison.Ordinal)
            .Replace("listen 8080;", $"listen 127.0.0.1:{port};", StringComparison.Ordinal);
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
                if ((await client.GetAsync(new Uri(nginx.Address, "/health/live"))).IsSuccessStatusCode)
                {
                    return nginx;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(250);
        }
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
