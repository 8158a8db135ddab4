using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// The real app over its own fresh PostgreSQL database, writing mail to its own folder and capturing its logs.
/// Test classes share one through IClassFixture; each test still makes its own user.
/// </summary>
public class AppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private string _dataDirectory = Path.Combine(TestCluster.Root, "app-" + Guid.NewGuid().ToString("N"));

    private bool _ownsData = true;

    public string ConnectionString { get; protected set; } = "";

    public CapturedLogs Logs { get; } = new();

    /// <summary>The app's clock; real time unless a test moves it.</summary>
    public TestClock Clock { get; } = new();

    public Mailbox Mail => new(Path.Combine(_dataDirectory, "mail"), ConnectionString);

    protected virtual string Environment => "Development";

    /// <summary>
    /// Test classes share one app and, through the test server, one address, so the rate limits are lifted out of the
    /// way unless a class tests them.
    /// </summary>
    protected virtual bool RealRateLimits => false;

    /// <summary>
    /// Every app of the run, production's included, keeps EF Core's thread-safety checks on: EF Core builds its model
    /// once per set of options that shape its services, and a compiled query (ADR 0016) runs only against the first
    /// model it met. Only a test of the environment's own setting, which reads no journal, leaves it as configured.
    /// </summary>
    protected virtual bool KeepsTheSharedModel => true;

    protected virtual int ShutdownDrainSeconds => 0;

    public virtual async Task InitializeAsync() => ConnectionString = await TestCluster.CreateDatabaseAsync();

    /// <summary>Another instance of the same app over the same database and keys, as behind a load balancer.</summary>
    public AppFactory SecondInstance() =>
        new() { ConnectionString = ConnectionString, _dataDirectory = _dataDirectory, _ownsData = false };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("DataDirectory", _dataDirectory);
        builder.UseSetting("Email:Delivery", "File");
        builder.UseSetting(SelfCompassion.Accounts.Sessions.AccountHousekeeping.Setting, "false");
        builder.UseSetting("Serilog:ConsoleFormat", "None");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        // A test app stops at once when its class is done; stopping gently has its own test.
        builder.UseSetting("App:ShutdownDrainSeconds", ShutdownDrainSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (KeepsTheSharedModel)
        {
            builder.UseSetting("Database:ThreadSafetyChecks", "true");
        }
        if (!RealRateLimits)
        {
            foreach (var limit in new[] { "SignInPostsPerMinute", "SignInFailuresPer15Minutes", "SignUpsPerHour", "MailAsksPer15Minutes", "RepliesPer10Minutes", "DataTransfersPerHour" })
            {
                builder.UseSetting($"RateLimits:{limit}", "100000");
            }
        }
        if (Environment == "Production")
        {
            builder.UseSetting("JournalEncryption:Key", Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
            builder.UseSetting("App:PublicUrl", "https://localhost");
        }
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<ILogEventSink>(Logs);
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public HttpClient CreateBrowserlikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Serves on real Kestrel at 127.0.0.1 for the browser, and returns the address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_ownsData && Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }
}
