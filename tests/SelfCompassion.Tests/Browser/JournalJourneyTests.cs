using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

public class JournalJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    private async Task<IPage> SignedInPageAsync(IBrowserContext context)
    {
        var person = TestUser.Create("Sam");
        await People.CreateAsync(app, person);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("header details.menu summary")).ToHaveTextAsync("Sam");
        return page;
    }

    private Task<IBrowserContext> NewContextAsync() =>
        browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });

    [Fact]
    public async Task A_thought_is_logged_by_keyboard_reframed_from_80_to_40_edited_and_deleted()
    {
        await using var context = await NewContextAsync();
        var page = await SignedInPageAsync(context);

        await page.GetByRole(AriaRole.Link, new() { Name = "Log a thought" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log a thought" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        // The whole entry form, with the keyboard alone.
        await page.TabToAsync("#Input_Thought");
        await page.Keyboard.TypeAsync("I ruin everything I touch");
        await page.TabToAsync("#felt-ashamed");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#feeling-ashamed");
        await Expect(page.Locator("#feeling-ashamed")).ToHaveValueAsync("50");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("70");
        await page.TabToAsync("#felt-sad");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#feeling-sad");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("50");
        await page.TabToAsync("#Input_Belief");
        await page.Keyboard.TypeAsync("80");
        await page.TabToAsync("details.more > summary");
        await page.Keyboard.PressAsync("Enter");
        await page.TabToAsync("#Input_Situation");
        await page.Keyboard.TypeAsync("Burnt the dinner for friends");
        await page.TabToAsync("#pattern-overgeneralising");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("#pattern-labelling");
        await page.Keyboard.PressAsync("Space");
        await page.TabToAsync("button[type=submit]");
        await BrowserFixture.ScreenshotAsync(page, "journal-new");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your thought is saved");
        await Expect(page.Locator("blockquote.thought")).ToHaveTextAsync("I ruin everything I touch");
        await Expect(page.Locator("main")).ToContainTextAsync("Ashamed: 70");
        await Expect(page.Locator("main")).ToContainTextAsync("Labelling");
        await page.AssertAccessibleAsync();

        // The reframe, one step at a time, with the thought always in view.
        await page.GetByRole(AriaRole.Link, new() { Name = "Work through it kindly" }).ClickAsync();
        await Expect(page.Locator("aside.original blockquote")).ToHaveTextAsync("I ruin everything I touch");
        await Expect(page.GetByText("Step 1 of 6")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Name what you feel, without judging it").FillAsync("Embarrassed and sad");
        for (var step = 0; step < 4; step++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }
        await Expect(page.GetByText("Step 5 of 6")).ToBeVisibleAsync();
        await page.GetByLabel("Write a kinder, realistic way to see it").FillAsync("I burnt one dinner; my friends still came for me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        await Expect(page.Locator("aside.original")).ToBeVisibleAsync();
        await page.GetByLabel("How strongly do you believe the original thought now?").FillAsync("40");
        await page.GetByLabel("Ashamed (was 70)").FillAsync("30");
        await page.GetByLabel("Sad (was 50)").FillAsync("20");
        await BrowserFixture.ScreenshotAsync(page, "journal-reframe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this reframe" }).ClickAsync();

        var change = page.Locator(".reframe .change").First;
        await Expect(change).ToContainTextAsync("80");
        await Expect(change).ToContainTextAsync("40");
        await Expect(change).ToContainTextAsync("eased by 40");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "journal-entry");

        await page.GetByRole(AriaRole.Link, new() { Name = "Edit" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("The self-critical thought").FillAsync("I ruined the dinner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.Locator("blockquote.thought")).ToHaveTextAsync("I ruined the dinner");

        await page.GetByRole(AriaRole.Link, new() { Name = "Delete" }).ClickAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The entry is deleted.");
        await Expect(page.GetByText("Log your first thought")).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_half_written_entry_survives_a_closed_tab_and_is_forgotten_once_saved()
    {
        await using var context = await NewContextAsync();
        var page = await SignedInPageAsync(context);
        await page.GotoAsync("/journal/new");
        await page.GetByLabel("The self-critical thought").FillAsync("Nobody wants me around");
        await page.FeelAsync("sad", "65");
        await page.WaitForTimeoutAsync(500);
        await page.CloseAsync();

        var again = await context.NewPageAsync();
        await again.GotoAsync("/journal/new");
        await Expect(again.GetByRole(AriaRole.Status)).ToContainTextAsync("We brought back what you were writing");
        await Expect(again.GetByLabel("The self-critical thought")).ToHaveValueAsync("Nobody wants me around");
        await Expect(again.Locator("#feeling-sad")).ToHaveValueAsync("65");
        await Expect(again.Locator("#felt-sad")).ToBeCheckedAsync();
        await again.AssertAccessibleAsync();

        await again.GetByLabel("How much do you believe it right now?").FillAsync("70");
        await again.GetByRole(AriaRole.Button, new() { Name = "Save this thought" }).ClickAsync();
        await Expect(again.Locator("blockquote.thought")).ToHaveTextAsync("Nobody wants me around");

        await again.GotoAsync("/journal/new");
        await Expect(again.GetByLabel("The self-critical thought")).ToHaveValueAsync("");
        await Expect(again.GetByText("We brought back what you were writing")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Unsaved_words_are_never_offered_to_the_next_person_on_the_same_browser()
    {
        await using var context = await NewContextAsync();
        var page = await SignedInPageAsync(context);
        await page.GotoAsync("/journal/new");
        await page.GetByLabel("The self-critical thought").FillAsync("Something only I should see");
        await page.WaitForTimeoutAsync(500);
        // The session ends without signing out (cookies gone), and someone else signs in on this browser.
        await context.ClearCookiesAsync();

        var next = await SignedInPageAsync(context);
        await next.GotoAsync("/journal/new");
        await Expect(next.GetByLabel("The self-critical thought")).ToHaveValueAsync("");
        await Expect(next.GetByText("We brought back what you were writing")).ToHaveCountAsync(0);
        var leftovers = await next.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('selfcompassion-draft:')).length");
        Assert.Equal(0, leftovers);
    }
}
