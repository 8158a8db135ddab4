using System.Diagnostics;
using System.Text.Json;

namespace SelfCompassion.Benchmarks.Load;

/// <summary>One wrk run's figures: throughput, latency percentiles in milliseconds, and errors (including 4xx and 5xx).</summary>
internal sealed record LoadResult(string Name, double RequestsPerSecond, double P50, double P95, double P99, long Errors);

/// <summary>Drives load from its own process, as a browser crowd would: wrk with 2 threads, signed in with real cookies.</summary>
internal static class Wrk
{
    private sealed record Summary(long Requests, double Seconds, double P50, double P95, double P99, long Errors);

    public static async Task<LoadResult> RunAsync(string name, Uri url, string? cookie = null, string? body = null, int connections = 32, int seconds = 8)
    {
        var start = new ProcessStartInfo("wrk", ["-t2", $"-c{connections}", $"-d{seconds}s", "-s", Path.Combine(AppContext.BaseDirectory, "bench.lua"), url.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["BENCH_COOKIE"] = cookie ?? "";
        start.Environment["BENCH_BODY"] = body ?? "";
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start; ./dev.sh bench installs it.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("BENCH ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result for {name}:\n{output}{await wrk.StandardError.ReadToEndAsync()}");
        var summary = JsonSerializer.Deserialize<Summary>(line["BENCH ".Length..], new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return new LoadResult(name, summary.Requests / summary.Seconds, summary.P50, summary.P95, summary.P99, summary.Errors);
    }
}
