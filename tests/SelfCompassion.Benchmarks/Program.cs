// Benchmarks that anyone can rerun:
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks            (journal: paging and search)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- guide   (guide: transfer size and throughput)
//   dotnet run -c Release --project tests/SelfCompassion.Benchmarks -- progress (progress charts)
using SelfCompassion.Benchmarks;

// The factory finds the web app through a manifest beside this program, looked up from the current folder.
Directory.SetCurrentDirectory(AppContext.BaseDirectory);

if (args is ["guide", ..])
{
    await GuideBenchmark.RunAsync();
}
else if (args is ["progress", ..])
{
    await ProgressBenchmark.RunAsync();
}
else
{
    await JournalBenchmark.RunAsync();
}
