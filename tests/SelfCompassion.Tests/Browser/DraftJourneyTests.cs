using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// Drafts kept in the browser, in Chromium: words written against an older version of an entry are offered when it is
/// opened again, never put over the newer one unasked; a reply written without signing in waits in its tab while the
/// reader looks for help, and only there. axe checks every page on the way.
/// </summary>
public class DraftJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    private const string Thought = "The self-critical thought";
    private const string Offer = "This has changed since you last wrote here";

    private Task<IBrowserContext> NewContextAsync(int width, int height) => browser.Browser.NewContextAsync(new()
    {
        BaseURL = app.BaseAddress.ToString(),
        ViewportSize = new() { Width = width, Height = height },
    });

    /// <summary>A new person, signed in, with one entry (felt sad at 60) written through the form; its address.</summary>
    private async Task<(IPage Page, string Entry)> SignedInWithAnEntryAsync(IBrowserContext context, string thought)
    {
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Sam");
        await People.CreateAsync(app, person);
        await page.SignInAsync(person);
        await page.GotoAsync("/journal/new");
        await page.GetByLabel(Thought).FillAsync(thought);
        await page.FeelAsync("sad", "60");
        await page.GetByLabel("How much do you believe it right now?").FillAsync("70");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this thought" }).ClickAsync();
        await Expect(page.Locator("blockquote.thought")).ToHaveTextAsync(thought);
        return (page, new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [InlineData(390, 844, true)]
    [InlineData(1280, 800, false)]
    public async Task Words_from_before_another_tab_saved_are_offered_not_put_over_its_changes(int width, int height, bool bringBack)
    {
        await using var context = await NewContextAsync(width, height);
        var (page, entry) = await SignedInWithAnEntryAsync(context, "I always let people down");
        var edit = entry + "/edit";

        await page.GotoAsync(edit);
        await page.GetByLabel(Thought).FillAsync("Words from this tab");
        var other = await context.NewPageAsync();
        await other.GotoAsync(edit);
        await other.GetByLabel(Thought).FillAsync("Words from the other tab");
        await other.FeelAsync("anxious", "40");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(other.Locator("blockquote.thought")).ToHaveTextAsync("Words from the other tab");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("changed somewhere else");
        await Expect(page.GetByLabel(Thought)).ToHaveValueAsync("Words from this tab");

        await page.GotoAsync(edit);
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(Offer);
        await Expect(page.GetByLabel(Thought)).ToHaveValueAsync("Words from the other tab");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"draft-offered-{width}");

        if (bringBack)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Bring back what I was writing" }).ClickAsync();
            await Expect(page.GetByLabel(Thought)).ToHaveValueAsync("Words from this tab");
            // The whole form as it was: a feeling added in the other tab isn't carried along unseen.
            await Expect(page.Locator("#felt-anxious")).Not.ToBeCheckedAsync();
            await Expect(page.Locator("#feeling-anxious")).ToHaveValueAsync("");
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If you save, these words take the place of the newer ones.");
            await Expect(page.Locator(".draft-notice")).ToBeFocusedAsync();
            await page.AssertAccessibleAsync();
            await BrowserFixture.ScreenshotAsync(page, $"draft-brought-back-{width}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
            await Expect(page.Locator("blockquote.thought")).ToHaveTextAsync("Words from this tab");
            await Expect(page.Locator("ul.ratings")).ToHaveTextAsync("Sad: 60");
            await page.WaitForLoadStateAsync();
        }
        else
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Let those words go" }).ClickAsync();
            await Expect(page.GetByText(Offer)).ToHaveCountAsync(0);
            await Expect(page.GetByLabel(Thought)).ToBeFocusedAsync();

            // Words typed now are this version's draft; starting afresh brings the entry back as it is.
            await page.GetByLabel(Thought).FillAsync("Second thoughts");
            await page.WaitForTimeoutAsync(500);
            await page.ReloadAsync();
            await Expect(page.GetByLabel(Thought)).ToHaveValueAsync("Second thoughts");
            await page.GetByRole(AriaRole.Button, new() { Name = "Start afresh" }).ClickAsync();
            await Expect(page.GetByLabel(Thought)).ToHaveValueAsync("Words from the other tab");
            await Expect(page.Locator("#feeling-anxious")).ToHaveValueAsync("40");
            await page.WaitForTimeoutAsync(500);
            await page.ReloadAsync();
        }

        await page.GotoAsync(edit);
        await Expect(page.GetByLabel(Thought)).ToHaveValueAsync(bringBack ? "Words from this tab" : "Words from the other tab");
        await Expect(page.Locator(".draft-notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_reframe_brought_back_after_its_entry_changed_leaves_the_new_feelings_to_be_rated_afresh()
    {
        await using var context = await NewContextAsync(1280, 800);
        var (page, entry) = await SignedInWithAnEntryAsync(context, "I'm too much for people");

        await page.GotoAsync(entry + "/reframe");
        await page.GetByLabel("Name what you feel, without judging it").FillAsync("Tired and low");
        for (var step = 0; step < 5; step++)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Next" }).ClickAsync();
        }
        await page.GetByLabel("Sad (was 60)").FillAsync("30");
        await page.WaitForTimeoutAsync(500);

        // Elsewhere, sadness is taken out and worry put in: the first rating now belongs to another feeling.
        var other = await context.NewPageAsync();
        await other.GotoAsync(entry + "/edit");
        await other.Locator("label[for=felt-sad]").ClickAsync();
        await other.FeelAsync("anxious", "40");
        await other.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(other.Locator("ul.ratings")).ToHaveTextAsync("Anxious: 40");

        await page.GotoAsync(entry + "/reframe");
        await page.GetByRole(AriaRole.Button, new() { Name = "Bring back what I was writing" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("rate its feelings again");
        await Expect(page.GetByLabel("Name what you feel, without judging it")).ToHaveValueAsync("Tired and low");
        await Expect(page.Locator("#after-0")).ToHaveValueAsync("");
        await page.AssertAccessibleAsync();
    }

    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_reply_written_signed_out_waits_in_its_tab_while_help_is_sought(string device, int width, int height)
    {
        _ = device;
        await using var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        const string reply = "Work was long\nThe bus was late\ni want to die";

        await page.GotoAsync("/guide/the-friend-test/reply");
        await page.GetByLabel("Your reply").FillAsync(reply);
        await page.GetByLabel("Name").FillAsync("Rowan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(page.Locator("main section.form-page > h1 + .crisis-panel")).ToContainTextAsync("Your words are still in the form below");

        await page.GotoAsync("/help");
        await page.GotoAsync("/guide/the-friend-test/reply");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We brought back what you were writing here before.");
        await Expect(page.GetByLabel("Your reply")).ToHaveValueAsync(reply);
        await Expect(page.GetByLabel("Name")).ToHaveValueAsync("Rowan");
        await page.AssertAccessibleAsync();

        // Another tab, as the next person at a shared computer would open, finds nothing.
        var elsewhere = await context.NewPageAsync();
        await elsewhere.GotoAsync("/guide/the-friend-test/reply");
        await Expect(elsewhere.GetByLabel("Your reply")).ToHaveValueAsync("");
        await Expect(elsewhere.Locator(".draft-notice")).ToHaveCountAsync(0);

        await page.GetByLabel("Email").FillAsync($"rowan-{Guid.NewGuid():N}@example.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("It will appear once a moderator has read it");
        // The thanks is drawn before the page's script has run and forgotten the draft; a person never leaves that fast.
        await page.WaitForLoadStateAsync();
        await page.GotoAsync("/guide/the-friend-test/reply");
        await Expect(page.GetByLabel("Your reply")).ToHaveValueAsync("");
        await Expect(page.Locator(".draft-notice")).ToHaveCountAsync(0);

        // Someone who signs in, in a tab where a reply was left unsent, isn't offered it: it may not be theirs.
        await elsewhere.GetByLabel("Your reply").FillAsync("Words that aren't yours");
        await elsewhere.WaitForTimeoutAsync(500);
        var person = TestUser.Create("Sam");
        await People.CreateAsync(app, person);
        await elsewhere.SignInAsync(person);
        await elsewhere.GotoAsync("/guide/the-friend-test/reply");
        await Expect(elsewhere.GetByLabel("Your reply")).ToHaveValueAsync("");
        await Expect(elsewhere.Locator(".draft-notice")).ToHaveCountAsync(0);
        Assert.Equal(0, await elsewhere.EvaluateAsync<int>("() => Object.keys(sessionStorage).filter(k => k.startsWith('selfcompassion-draft:')).length"));
    }

    [Fact]
    public async Task A_reply_kept_in_a_tab_is_forgotten_after_an_hour_as_a_reopened_tab_would_bring_it_back()
    {
        await using var context = await NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/guide/the-friend-test/reply");
        const string keep = "([words, age]) => sessionStorage.setItem('selfcompassion-draft::guide-reply-the-friend-test', " +
            "JSON.stringify({ 'Input.Text': words, __keptAt: Date.now() - age }))";

        await page.EvaluateAsync(keep, new object[] { "Kept a minute ago", 60_000 });
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Your reply")).ToHaveValueAsync("Kept a minute ago");

        await page.EvaluateAsync(keep, new object[] { "Kept two hours ago", 2 * 3_600_000 });
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Your reply")).ToHaveValueAsync("");
        await Expect(page.Locator(".draft-notice")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_practice_left_as_it_was_drawn_is_no_draft()
    {
        await using var context = await NewContextAsync(390, 844);
        var (page, _) = await SignedInWithAnEntryAsync(context, "I can't get anything right");
        await page.GotoAsync("/practice/break");
        await page.GetByLabel("Play a soft chime when the time is up").CheckAsync();
        await page.WaitForTimeoutAsync(500);

        await page.ReloadAsync();

        await Expect(page.Locator(".draft-notice")).ToHaveCountAsync(0);
        await page.GetByLabel("What you needed to hear").FillAsync("This is hard, and I'm doing my best");
        await page.WaitForTimeoutAsync(500);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("We brought back what you were writing here before.");
    }
}
