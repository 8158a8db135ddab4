using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// Logging a thought on a hard day, in Chromium at phone and desktop widths: Save within about one and a half phone
/// screens, feelings as tap-sized chips with a slider, the rest on demand, and all of it by keyboard alone too.
/// </summary>
public class QuickCaptureJourneyTests(KestrelAppFactory app, BrowserFixture browser, Xunit.Abstractions.ITestOutputHelper output)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_thought_is_logged_in_a_minute_by_touch_and_by_keyboard_with_save_close_at_hand(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Noor");
        await People.CreateAsync(app, person);
        await page.SignInAsync(person);

        await page.GotoAsync("/journal/new");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save this thought" });
        var box = (await save.BoundingBoxAsync())!;
        await BrowserFixture.ScreenshotAsync(page, $"quick-capture-{device}");
        output.WriteLine($"Save ends {box.Y + box.Height:F0} px from the top of the page at {width} px wide");
        Assert.True(box.Y + box.Height <= 1300, $"Save ends {box.Y + box.Height:F0} px from the top at {width} px");
        await Expect(page.Locator("details.more")).Not.ToHaveAttributeAsync("open", "");
        await Expect(page.Locator("#feeling-anxious")).ToBeHiddenAsync();
        var chip = (await page.Locator("label[for=felt-anxious]").BoundingBoxAsync())!;
        Assert.True(chip.Height >= 44 && chip.Width >= 44, $"A chip is {chip.Width:F0} by {chip.Height:F0} px");
        await page.AssertAccessibleAsync();

        // By touch: a chip, its slider, one's own word, the belief.
        await page.GetByLabel("The self-critical thought").FillAsync("I'm too much for everyone");
        await page.Locator("label[for=felt-anxious]").ClickAsync();
        await Expect(page.Locator("#feeling-anxious")).ToHaveValueAsync("50");
        await page.Locator(".chip-item:has(#felt-anxious) input[type=range]").FillAsync("80");
        await Expect(page.Locator("#feeling-anxious")).ToHaveValueAsync("80");
        await page.Locator("label[for=felt-own]").ClickAsync();
        await page.GetByLabel("Your word 1 for the feeling").FillAsync("small");
        await page.GetByLabel("Word 1: how strong").FillAsync("30");
        // The belief's slider waits greyed until it is chosen, so its middle isn't read as a rating of 50; a tap on its
        // thumb chooses where it waits.
        var beliefSlider = page.Locator(".slider-row:has(#Input_Belief) input[type=range]");
        await Expect(beliefSlider).ToHaveClassAsync("unset");
        await Expect(page.Locator("#Input_Belief")).ToHaveValueAsync("");
        await beliefSlider.ClickAsync();
        await Expect(page.Locator("#Input_Belief")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^(4[5-9]|5[0-5])$"));
        await Expect(beliefSlider).Not.ToHaveClassAsync("unset");
        await page.GetByLabel("How much do you believe it right now?").FillAsync("75");
        await page.AssertAccessibleAsync();
        await save.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your thought is saved");
        await Expect(page.Locator("main")).ToContainTextAsync("Anxious: 80");
        await Expect(page.Locator("main")).ToContainTextAsync("small: 30");

        // By keyboard alone, opening the extra parts on demand.
        await page.GotoAsync("/journal/new");
        await page.TabToAsync("#Input_Thought");
        await page.Keyboard.TypeAsync("I never get anything right");
        await page.TabToAsync("#felt-guilty");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#feeling-guilty");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("65");
        await page.TabToAsync("#Input_Belief");
        await page.Keyboard.TypeAsync("70");
        await page.TabToAsync("details.more > summary");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync("#pattern-all-or-nothing");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your thought is saved");
        await Expect(page.Locator("main")).ToContainTextAsync("Guilty: 65");
        await Expect(page.Locator("main")).ToContainTextAsync("All-or-nothing");
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_thought_sent_without_its_rating_comes_back_with_the_rating_to_give_in_focus()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Noor");
        await People.CreateAsync(app, person);
        await page.SignInAsync(person);

        await page.GotoAsync("/journal/new");
        await page.GetByLabel("The self-critical thought").FillAsync("I'm too much for everyone");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this thought" }).ClickAsync();

        await Expect(page.Locator("#Input_Belief-error")).ToContainTextAsync("Please rate how strongly");
        await Expect(page.Locator("#Input_Belief")).ToBeFocusedAsync();
    }
}
