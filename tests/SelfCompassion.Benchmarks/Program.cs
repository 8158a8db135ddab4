// Benchmarks that anyone can rerun:
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks            (journal: paging and search)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- guide   (guide: transfer size and throughput)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- progress (progress charts)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- search  (search at 10,000 and 100,000 entries)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- crisis  (the crisis detector's build time and memory)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- crisis-model (the model on writers it never read)
//   ./dev.sh relearn   (or: dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- relearn)
//                      writes the crisis models the app ships, learned from the bundled phrases
//   ./dev.sh bench                                                              (the load run: every page under wrk)
using SelfCompassion.Benchmarks;

// The factory finds the web app through a manifest beside this program, looked up from the current folder; results
// are written where the command was run.
Environment.SetEnvironmentVariable("SELFCOMPASSION_RESULTS", Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS") ?? Directory.GetCurrentDirectory());
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

if (args is ["load", ..])
{
    await SelfCompassion.Benchmarks.Load.LoadHarness.RunAsync(args);
}
else if (args is ["guide", ..])
{
    await GuideBenchmark.RunAsync();
}
else if (args is ["crisis-model", ..])
{
    // The guide's sentences are read from the source tree.
    CrisisModelBenchmark.Run(Path.Combine(Repository(), "src", "SelfCompassion.Web", "Content", "guide"));
}
else if (args is ["relearn", ..])
{
    Relearn.Run(Repository());
}
else if (args is ["crisis", ..])
{
    CrisisBenchmark.Run();
}
else if (args is ["search", ..])
{
    await SearchBenchmark.RunAsync();
}
else if (args is ["progress", ..])
{
    await ProgressBenchmark.RunAsync();
}
else
{
    await JournalBenchmark.RunAsync();
}

// The repository's root, for what is read from or written to the source tree: where the command was run, unless
// SELFCOMPASSION_REPO says otherwise.
static string Repository() =>
    Environment.GetEnvironmentVariable("SELFCOMPASSION_REPO") ?? Environment.GetEnvironmentVariable("SELFCOMPASSION_RESULTS")!;
