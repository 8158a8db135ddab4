using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks;

/// <summary>
/// The main guide on real Kestrel: the bytes a first visit transfers (compressed where the server compresses), and
/// its throughput under load beside /health/live in the same run.
/// </summary>
internal static partial class GuideBenchmark
{
    private const string Guide = "/guide/self-compassion-in-mental-recovery";

    public static async Task RunAsync()
    {
        await using var app = new KestrelAppFactory();
        await app.InitializeAsync();
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = app.BaseAddress,
        };
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");

        // A first visit: the page, then every stylesheet, script and image it refers to.
        var (htmlBytes, html, htmlEncoding) = await FetchAsync(client, Guide);
        var assets = AssetPattern().Matches(html).Select(m => m.Groups[1].Value).Where(u => u.StartsWith('/')).Distinct().ToList();
        var total = htmlBytes;
        Console.WriteLine($"{"resource",-58} {"bytes",8}  encoding");
        Console.WriteLine($"{Guide,-58} {htmlBytes,8:N0}  {htmlEncoding}");
        foreach (var asset in assets)
        {
            var (bytes, _, encoding) = await FetchAsync(client, WebUtility.HtmlDecode(asset));
            total += bytes;
            Console.WriteLine($"{asset,-58} {bytes,8:N0}  {encoding}");
        }
        Console.WriteLine($"{"total on a first visit",-58} {total,8:N0}");
        Console.WriteLine($"transfer size: {total / 1024.0:F1} KB (goal at most 50 KB) {(total <= 50 * 1024 ? "met" : "NOT met")}");
        Console.WriteLine("(Development builds store static assets' compressed variants without compressing them; a published");
        Console.WriteLine(" app serves Brotli-compressed assets, so these figures are an upper bound.)");
        Console.WriteLine();

        var live = await ThroughputAsync(client, "/health/live");
        var guide = await ThroughputAsync(client, Guide);
        Console.WriteLine($"/health/live: {live:F0} requests/s");
        Console.WriteLine($"{Guide}: {guide:F0} requests/s");
        Console.WriteLine($"guide / live: {guide / live:F2} (goal at least 0.5) {(guide / live >= 0.5 ? "met" : "NOT met")}");
    }

    private static async Task<(long Bytes, string Text, string Encoding)> FetchAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync();
        var encoding = string.Join(',', response.Content.Headers.ContentEncoding);
        var text = encoding.Length == 0 ? System.Text.Encoding.UTF8.GetString(body) : "";
        return (body.Length, text, encoding.Length == 0 ? "none" : encoding);
    }

    /// <summary>Requests per second from 16 concurrent loops over 5 seconds, after a 1-second warm-up.</summary>
    private static async Task<double> ThroughputAsync(HttpClient client, string url)
    {
        async Task<long> LoopAsync(TimeSpan duration)
        {
            long count = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < duration)
            {
                using var response = await client.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
                count++;
            }
            return count;
        }
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => LoopAsync(TimeSpan.FromSeconds(1))));
        var watch = Stopwatch.StartNew();
        var counts = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => LoopAsync(TimeSpan.FromSeconds(5))));
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]+\\.(?:css|js|svg|png|ico))\"")]
    private static partial Regex AssetPattern();
}
