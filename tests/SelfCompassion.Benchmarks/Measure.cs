using System.Diagnostics;

namespace SelfCompassion.Benchmarks;

/// <summary>Times a request many times after a warm-up and reports the median and 95th percentile.</summary>
internal static class Measure
{
    public static async Task<(double P50, double P95)> TimeAsync(int runs, Func<Task> request)
    {
        for (var i = 0; i < Math.Max(5, runs / 10); i++)
        {
            await request();
        }
        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await request();
            samples[i] = watch.Elapsed.TotalMilliseconds;
        }
        Array.Sort(samples);
        return (Percentile(samples, 0.50), Percentile(samples, 0.95));
    }

    private static double Percentile(double[] sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Length) - 1];
}
