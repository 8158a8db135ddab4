using Microsoft.Playwright;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// Gentle on a bad day, in Chromium at phone and desktop widths: cards that hold their headings, a fresh look from the
/// home page, guide doors that open their own tools, and charts whose words and labels can be read. axe on every page.
/// </summary>
public class GentleJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    private async Task<(IBrowserContext Context, IPage Page, string Owner)> SignedInAsync(int width, int height, string name)
    {
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var person = TestUser.Create(name);
        var owner = await People.CreateAsync(app, person);
        await page.SignInAsync(person);
        return (context, page, owner);
    }

    /// <summary>Every fieldset's legend lies inside its card, top and sides.</summary>
    private static async Task AssertLegendsInsideAsync(IPage page)
    {
        var outside = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main fieldset')].filter(f => f.offsetParent !== null).flatMap(f => {
                const legend = f.querySelector(':scope > legend');
                if (!legend) return [];
                const a = f.getBoundingClientRect(), b = legend.getBoundingClientRect();
                return b.top >= a.top && b.left >= a.left - 0.5 && b.right <= a.right + 0.5 ? [] : [legend.textContent.trim()];
            })
            """);
        Assert.True(outside.Length == 0, "Legends crossing their card's border: " + string.Join(" | ", outside));
    }

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task Cards_hold_their_headings_and_a_thought_answered_days_ago_is_looked_at_again_from_home(string device, int width, int height)
    {
        var (context, page, owner) = await SignedInAsync(width, height, "Ida");
        await using var _ = context;
        Guid id;
        app.Clock.Freeze(DateTimeOffset.UtcNow.AddDays(-4));
        try
        {
            await using var scope = People.ScopeFor(app, owner);
            id = (await scope.Entries().CreateAsync(new EntryInput { Thought = "I make everything harder", Belief = 85, Feelings = new() { ["guilty"] = 60 } })).Id!.Value;
            await scope.Reframes().AddAsync(id, new ReframeInput { CompassionateResponse = "Hard days happen; I'm still trying", BeliefAfter = 45, After = [30] });
        }
        finally
        {
            app.Clock.Thaw();
        }

        foreach (var url in new[] { "/journal/new", $"/journal/{id}/reframe", "/progress/check-in", "/practice/break", "/practice/friend", "/practice/pause" })
        {
            await page.GotoAsync(url);
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await AssertLegendsInsideAsync(page);
            await page.AssertAccessibleAsync();
        }

        await page.GotoAsync("/");
        var offer = page.GetByRole(AriaRole.Region, new() { Name = "A thought to look at again" });
        await Expect(offer).ToContainTextAsync("I make everything harder");
        await page.AssertAccessibleAsync();
        await offer.GetByLabel("How much do you believe it now?").FillAsync("35");
        await offer.GetByRole(AriaRole.Button, new() { Name = "Save how it feels now" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You believed it 85 when you wrote it, 45 after your reframe, and 35 today.");
        await Expect(page.Locator(".later-looks")).ToContainTextAsync("you believed it 35 out of 100");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"look-again-{device}");
    }

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_visitor_signs_up_through_a_guide_door_and_lands_on_that_practice(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Bea");
        await page.GotoAsync("/guide/a-three-minute-mindful-pause");
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Try it: the mindful pause, with a gentle timer" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/register\\?returnUrl=%2Fguide%2Ftry%2Fpause$"));
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What would you like us to call you?").FillAsync(person.DisplayName);
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await page.GetByLabel("Type the password again").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await page.GotoAsync(app.Mail.LinkTo(person.Email, "/account/confirm-email").PathAndQuery);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // New here, so the privacy notice is agreed first, and then the door opens where it promised.
        await page.GetByLabel("I agree that SelfCompassion keeps what I write here").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/practice/pause$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("pause", new() { IgnoreCase = true });
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"door-pause-{device}");

        // Signed in now, the kindness tip's door opens the break directly.
        await page.GotoAsync("/guide/self-compassion-in-mental-recovery");
        await page.GetByRole(AriaRole.Link, new() { Name = "Try it: take a self-compassion break" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/practice/break$"));
    }

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task Chart_titles_summaries_and_labels_can_be_read_at_any_width(string device, int width, int height)
    {
        var (context, page, owner) = await SignedInAsync(width, height, "Eli");
        await using var _ = context;
        await using (var scope = People.ScopeFor(app, owner))
        {
            var entry = (await scope.Entries().CreateAsync(new EntryInput { Thought = "I'm hopeless at this", Belief = 90, Feelings = new() { ["anxious"] = 80, ["sad"] = 60 } })).Id!.Value;
            await scope.Reframes().AddAsync(entry, new ReframeInput { CompassionateResponse = "I'm learning", BeliefAfter = 50, After = [40, 30] });
        }
        await page.GotoAsync("/progress");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How strong each feeling was, before and after reframing" })).ToBeVisibleAsync();
        await Expect(page.Locator("figure:has(#emotions-heading) figcaption")).ToHaveTextAsync("Anxious was the strongest feeling on average: 80 before reframing and 40 after.");
        var smallest = await page.EvaluateAsync<double>("() => Math.min(...[...document.querySelectorAll('.chart-axis, .chart-value')].filter(t => t.getBoundingClientRect().height > 0 && getComputedStyle(t).display !== 'none').map(t => parseFloat(getComputedStyle(t).fontSize) * t.ownerSVGElement.getBoundingClientRect().width / t.ownerSVGElement.viewBox.baseVal.width))");
        Assert.True(smallest >= 12, $"The smallest chart text is {smallest:F1} px at {width} px wide");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"progress-{device}");
    }
}
