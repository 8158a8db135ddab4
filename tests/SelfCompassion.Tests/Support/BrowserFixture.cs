using Microsoft.Playwright;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright cannot download its own browsers here).
/// CHROMIUM_PATH overrides where the browser is found.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright?.Dispose();
    }

    /// <summary>Saves a screenshot when SC_SCREENSHOTS names a folder, for a person to look at the page.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Environment.GetEnvironmentVariable("SC_SCREENSHOTS");
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
        }
    }
}

/// <summary>The app on real Kestrel at 127.0.0.1, for the browser.</summary>
public sealed class KestrelAppFactory : AppFactory
{
    public Uri BaseAddress { get; private set; } = default!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        BaseAddress = StartKestrel();
    }
}
