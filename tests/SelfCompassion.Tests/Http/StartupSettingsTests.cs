using System.Diagnostics;

namespace SelfCompassion.Tests.Http;

/// <summary>
/// The built app started as an operator starts it, in Production with one setting missing at a time: it stops before
/// serving and says in one line what to set, with no stack trace.
/// </summary>
public class StartupSettingsTests
{
    private static readonly Dictionary<string, string> Complete = new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Default"] = "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=missing",
        ["JournalEncryption__Key"] = Convert.ToBase64String(new byte[32]),
        ["App__PublicUrl"] = "https://selfcompassion.example.org",
        ["Email__Delivery"] = "Smtp",
        ["Email__Smtp__Host"] = "mail.example.org",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
    };

    [Theory]
    [InlineData("ConnectionStrings__Default", "No database is configured. In Production set ConnectionStrings__Default")]
    [InlineData("JournalEncryption__Key", "JournalEncryption__Key is not set.")]
    [InlineData("App__PublicUrl", "App__PublicUrl is not set.")]
    [InlineData("Email__Smtp__Host", "Email__Smtp__Host is not set.")]
    public async Task A_missing_production_setting_stops_the_app_with_one_clear_line(string missing, string message)
    {
        var (exitCode, output, error) = await StartAsync(Complete.Where(s => s.Key != missing));

        Assert.Equal(1, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith(message, line);
        Assert.DoesNotContain("   at ", output + error);
    }

    [Fact]
    public async Task A_key_that_is_not_32_bytes_is_refused_by_name()
    {
        var settings = Complete.Where(s => s.Key != "JournalEncryption__Key").Append(new("JournalEncryption__Key", "c2hvcnQ="));
        var (exitCode, _, error) = await StartAsync(settings);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("JournalEncryption__Key must be 32 random bytes in base64", error.Trim());
    }

    private static async Task<(int ExitCode, string Output, string Error)> StartAsync(IEnumerable<KeyValuePair<string, string>> settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "SelfCompassion.Web.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in Complete.Keys.Append("DataDirectory"))
        {
            start.Environment.Remove(key);
        }
        start.Environment["DataDirectory"] = Path.Combine(TestCluster.Root, "startup-" + Guid.NewGuid().ToString("N"));
        start.Environment["Serilog__ConsoleFormat"] = "None";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The app kept running although a required setting was missing.");
        }
        return (process.ExitCode, await output, await error);
    }
}
