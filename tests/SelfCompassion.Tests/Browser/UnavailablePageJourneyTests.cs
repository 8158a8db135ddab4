using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// The page nginx shows when no instance answers, in Chromium at phone and desktop widths: styled as the app under its
/// own policy, loading nothing else, usable by keyboard, and passing axe in the light theme and its contrast rules in
/// the dark; a person who needs help finds their country.
/// </summary>
public class UnavailablePageJourneyTests(NginxWithNoInstance nginx, BrowserFixture browser)
    : IClassFixture<NginxWithNoInstance>, IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task Someone_who_meets_no_instance_gets_the_apps_calm_page_and_finds_their_countrys_lines(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var asked = new List<string>();
        page.Request += (_, request) => asked.Add(request.Url);
        var refused = RefusedByPolicy(page);

        var answer = await page.GotoAsync(new Uri(nginx.Address, "/journal").ToString());

        Assert.Equal(503, answer!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "SelfCompassion isn't answering just now", Level = 1 })).ToBeVisibleAsync();
        // Styled, so the policy let its own style block through: the app's soft background (--bg), not the browser's own.
        Assert.Equal("rgb(246, 244, 240)", await page.BackgroundAsync());
        Assert.Single(asked);
        Assert.Empty(refused);
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"unavailable-{device}");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.Equal("rgb(21, 24, 27)", await page.BackgroundAsync());
        await page.AssertContrastAsync();
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });

        await page.TabToAsync("a[href='#help-now']");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync("a[href='#region-GB']");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "United Kingdom", Level = 3 })).ToBeInViewportAsync();
        await Expect(page.Locator("#region-GB ~ ul.crisis-lines a[href^='tel:']").First).ToBeVisibleAsync();
        Assert.Single(asked);
    }

    [Theory]
    [InlineData("Europe/London", true, "United Kingdom")]
    [InlineData("America/Chicago", true, "United States")]
    [InlineData("Antarctica/Troll", true, "Australia")]
    [InlineData("Europe/London", false, "Australia")]
    public async Task The_country_of_the_browsers_time_zone_comes_first_where_the_script_runs(string zone, bool script, string first)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { TimezoneId = zone, JavaScriptEnabled = script });
        var page = await context.NewPageAsync();
        var refused = RefusedByPolicy(page);

        await page.GotoAsync(new Uri(nginx.Address, "/").ToString());

        await Expect(page.Locator("section.help-region h3").First).ToHaveTextAsync(first);
        await Expect(page.Locator("section.help-region")).ToHaveCountAsync(29);
        Assert.Empty(refused);
        if (script)
        {
            await page.AssertAccessibleAsync();
        }
    }

    /// <summary>What the page's policy refuses, as the console tells it (the browser's own line for the 503 aside).</summary>
    private static List<string> RefusedByPolicy(IPage page)
    {
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                refused.Add(message.Text);
            }
        };
        return refused;
    }
}
