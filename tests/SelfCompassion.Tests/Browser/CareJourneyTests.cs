using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// On a hard night, in Chromium: a person writes a crisis sentence in a letter, sees help first, opens their safety
/// plan from it, fills it in and prints it on one page. axe checks every page on the way.
/// </summary>
public class CareJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_crisis_sentence_in_a_letter_brings_help_first_then_the_safety_plan_is_written_and_printed(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            Locale = "en-GB",
        });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Sam");
        await People.CreateAsync(app, person, "Europe/London");
        await page.SignInAsync(person);

        await page.GotoAsync("/practice/letter");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Your letter").FillAsync("Dear me, I'm so tired. Honestly I don't want to be here anymore.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this practice" }).ClickAsync();

        var panel = page.Locator(".crisis-panel");
        await Expect(page.Locator("main section > :first-child")).ToHaveClassAsync("crisis-panel");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "You matter, and you don't have to carry this alone" })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "Help in United Kingdom" })).ToBeVisibleAsync();
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "116 123" })).ToHaveAttributeAsync("href", "tel:116123");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("That matters");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"crisis-panel-{device}");

        await panel.GetByRole(AriaRole.Link, new() { Name = "Open your safety plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your safety plan", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Professionals and services I can contact")).ToHaveValueAsync(new Regex("Samaritans: call 116 123"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Warning signs that a crisis may be coming").FillAsync("I stop answering messages and stay in bed");
        await page.GetByLabel("Things I can do on my own").FillAsync("A hot shower\nThe breathing practice\nMy playlist");
        await page.GetByLabel("People I can ask for help").FillAsync("Priya, 07700 900123");
        await page.GetByLabel("Making my surroundings safer").FillAsync("Ask Priya to keep my tablets");
        await page.GetByLabel("What matters most to me").FillAsync("My cat, Biscuit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save my plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your safety plan is saved");
        await page.AssertAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "See it ready to print" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My safety plan" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeVisibleAsync();
        await Expect(page.Locator(".plan-part").Nth(1)).ToContainTextAsync("The breathing practice");
        await page.AssertAccessibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator("header.site-header")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeHiddenAsync();
        var pdf = Encoding.Latin1.GetString(await page.PdfAsync(new() { Format = "A4" }));
        Assert.Equal(1, Regex.Count(pdf, @"/Type\s*/Page(?!s)"));

        // The lines for where they are come first on the help page too, and a summary for therapy is ready when wanted.
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GotoAsync("/help");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Help in United Kingdom" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GotoAsync("/journal/summary");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "A summary to bring to therapy" })).ToBeVisibleAsync();
        await Expect(page.Locator(".summary-doc")).ToContainTextAsync("1 practice");
        await page.AssertAccessibleAsync();
    }
}
