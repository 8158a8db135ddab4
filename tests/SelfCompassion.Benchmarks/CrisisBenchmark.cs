using System.Diagnostics;
using SelfCompassion.Care;

namespace SelfCompassion.Benchmarks;

/// <summary>
/// The crisis detector's cost on its own: how long reading its models and building its patterns takes, the memory they
/// keep, and the time to read an ordinary entry (README "Benchmarks").
/// </summary>
internal static class CrisisBenchmark
{
    public static void Run()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        CrisisLanguage.Prepare();
        var built = watch.Elapsed.TotalMilliseconds;
        var kept = (GC.GetTotalMemory(forceFullCollection: true) - before) / 1048576.0;
        var entry = string.Concat(Enumerable.Repeat("I failed at work again and my boss looked at me like I was nothing. ", 14));
        // Steady state: the reading code reaches its optimised tier after some hundreds of calls, as it does under use.
        watch.Restart();
        while (watch.ElapsedMilliseconds < 2000)
        {
            CrisisLanguage.IsPresent(entry);
        }
        watch.Restart();
        const int Runs = 200;
        for (var i = 0; i < Runs; i++)
        {
            CrisisLanguage.IsPresent(entry);
        }
        var each = watch.Elapsed.TotalMilliseconds / Runs;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine($"built in {built:N0} ms; keeps {kept:N0} MB live; peak working set {process.PeakWorkingSet64 / 1048576:N0} MB; " +
            $"a {entry.Length:N0}-character entry in {each:F2} ms");
    }
}
