using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfCompassion.Guide;
using SelfCompassion.Practice;
using SelfCompassion.Tests.Services.Journal;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// Every page in the dark theme (the system's choice, as a person at night may have it), at phone and desktop widths,
/// with axe's contrast rules: its colours must keep their contrast there too, which the journeys in the light theme
/// can't show.
/// </summary>
public class DarkThemeJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    private static readonly string[] SignedOut = ["/", "/guide", "/help", "/privacy", "/account/login", "/account/register", "/account/forgot-password", "/error/404", "/error/503"];

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task Every_page_keeps_its_contrast_in_the_dark_theme(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = ColorScheme.Dark,
        });
        var page = await context.NewPageAsync();
        foreach (var path in SignedOut)
        {
            await VisitAsync(page, path);
        }

        var person = TestUser.Create("Noor");
        var owner = await People.CreateAsync(app, person);
        Guid entry;
        await using (var scope = People.ScopeFor(app, owner))
        {
            entry = (await scope.Entries().CreateAsync(JournalSamples.Entry())).Id!.Value;
            Assert.True((await scope.Reframes().AddAsync(entry, JournalSamples.Reframe())).Succeeded);
            await scope.ServiceProvider.GetRequiredService<PracticeSessions>().SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 2 });
        }
        var article = app.Services.GetRequiredService<ArticleLibrary>().All[0].Slug;
        await page.SignInAsync(person);
        string[] signedIn =
        [
            "/", $"/guide/{article}", $"/guide/{article}/reply", "/help", "/help/plan",
            "/journal", "/journal/new", $"/journal/{entry}", $"/journal/{entry}/edit", $"/journal/{entry}/reframe",
            $"/journal/{entry}/delete", "/journal/summary", $"/journal/{Guid.Empty}",
            "/practice", "/practice/pause", "/practice/break", "/practice/friend", "/practice/letter", "/practice/history",
            "/progress", "/progress/check-in",
            "/account", "/account/activity", "/account/sessions", "/account/data", "/account/password", "/account/two-factor",
            "/account/delete",
        ];
        foreach (var path in signedIn)
        {
            await VisitAsync(page, path);
        }
        await BrowserFixture.ScreenshotAsync(page, $"dark-{device}");
    }

    /// <summary>Opens the page, runs axe's contrast rules, and checks the page was drawn dark, so they read the dark theme.</summary>
    private static async Task VisitAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        // axe first: it waits for the stylesheet, without which the page isn't in either theme. The rest of WCAG is
        // checked on these pages in the light theme by the other journeys; here, what the colours decide.
        await page.AssertContrastAsync();
        // The dark theme's background (--bg, #15181b).
        Assert.True("rgb(21, 24, 27)" == await page.BackgroundAsync(),
            $"{path} is not drawn in the dark theme.");
    }
}
