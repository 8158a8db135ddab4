using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// On a hard night, in Chromium: a person writes a crisis sentence in a letter, sees help first, opens their safety
/// plan from it, fills it in and prints it on one page; or writes one in the journal, left unrated, and is offered help
/// before the correction, with the words kept while they look for it. axe checks every page on the way.
/// </summary>
public class CareJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    private Task<IBrowserContext> NewContextAsync(int width, int height) => browser.Browser.NewContextAsync(new()
    {
        BaseURL = app.BaseAddress.ToString(),
        ViewportSize = new() { Width = width, Height = height },
        Locale = "en-GB",
    });

    private async Task<IPage> SignedInInLondonAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Sam");
        await People.CreateAsync(app, person, "Europe/London");
        await page.SignInAsync(person);
        return page;
    }

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_crisis_sentence_in_a_letter_brings_help_first_then_the_safety_plan_is_written_and_printed(string device, int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await SignedInInLondonAsync(context);

        await page.GotoAsync("/practice/letter");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Your letter").FillAsync("Dear me, I'm so tired. Honestly I don't want to be here anymore.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this practice" }).ClickAsync();

        var panel = page.Locator(".crisis-panel");
        await Expect(page.Locator("main section > :first-child")).ToHaveClassAsync("crisis-panel");
        await Expect(panel).ToBeFocusedAsync();
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

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_thought_of_danger_sent_unrated_brings_help_above_the_form_and_its_words_wait_while_help_is_sought(string device, int width, int height)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await SignedInInLondonAsync(context);
        const string thought = "Nobody would miss me if I wasn't around anymore.";

        await page.GotoAsync("/journal/new");
        await page.GetByLabel("The self-critical thought").FillAsync(thought);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this thought" }).ClickAsync();

        var panel = page.Locator("main section.form-page > h1 + .crisis-panel");
        await Expect(panel.GetByRole(AriaRole.Heading, new() { Name = "You matter, and you don't have to carry this alone" })).ToBeVisibleAsync();
        await Expect(panel).ToContainTextAsync("Your words are still in the form below");
        await Expect(panel).ToBeFocusedAsync();
        await Expect(panel.GetByRole(AriaRole.Link, new() { Name = "116 123" })).ToHaveAttributeAsync("href", "tel:116123");
        await Expect(page.GetByLabel("The self-critical thought")).ToHaveValueAsync(thought);
        await Expect(page.Locator("#Input_Belief-error")).ToContainTextAsync("Please rate how strongly");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"crisis-in-form-{device}");

        // Leaving for the plan straight away, without touching the form again, loses nothing.
        await panel.GetByRole(AriaRole.Link, new() { Name = "Open your safety plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your safety plan", Level = 1 })).ToBeVisibleAsync();
        await page.GotoAsync("/journal/new");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We brought back what you were writing here before.");
        await Expect(page.GetByLabel("The self-critical thought")).ToHaveValueAsync(thought);
        await page.AssertAccessibleAsync();

        await page.Locator("label[for=felt-sad]").ClickAsync();
        await page.GetByLabel("How much do you believe it right now?").FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this thought" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your thought is saved");
        await Expect(page.Locator("main article > :first-child")).ToHaveClassAsync("crisis-panel");
        await page.AssertAccessibleAsync();
    }
}
