using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfCompassion.Guide;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

public class GuideJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    private Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900) =>
        browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });

    private static async Task SignInAsync(IPage page, TestUser person)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("header details.menu summary")).ToHaveTextAsync(person.DisplayName);
    }

    [Fact]
    public async Task A_visitor_reads_the_guide_and_try_it_leads_to_creating_an_account_or_straight_to_the_journal()
    {
        await using var context = await NewContextAsync(390, 844);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Guide" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Self-compassion in mental recovery" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Self-compassion in mental recovery", Level = 1 })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "In this article" }).GetByRole(AriaRole.Link, new() { Name = "How to grow it: four practices" }).ClickAsync();
        await BrowserFixture.ScreenshotAsync(page, "guide-phone");

        await page.GetByRole(AriaRole.Link, new() { Name = "Try it: log a thought in your journal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Create your account" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        var person = TestUser.Create("Lee");
        await People.CreateAsync(app, person);
        await SignInAsync(page, person);
        await page.GotoAsync("/guide/self-compassion-in-mental-recovery");
        await page.GetByRole(AriaRole.Link, new() { Name = "Try it: log a thought in your journal" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log a thought" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
    }

    [Fact]
    public async Task A_reply_appears_publicly_only_after_a_moderator_approves_it()
    {
        await using var readerContext = await NewContextAsync();
        var reader = await readerContext.NewPageAsync();
        await reader.GotoAsync("/guide/the-friend-test");
        await reader.GetByRole(AriaRole.Link, new() { Name = "Write a reply" }).ClickAsync();
        await reader.AssertAccessibleAsync();
        var text = $"The friend test worked for me ({Guid.NewGuid():N})";
        await reader.GetByLabel("Your reply").FillAsync(text);
        await reader.GetByLabel("Name").FillAsync("Rowan");
        await reader.GetByLabel("Email").FillAsync($"rowan-{Guid.NewGuid():N}@example.test");
        await reader.GetByRole(AriaRole.Button, new() { Name = "Send reply" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Status)).ToContainTextAsync("It will appear once a moderator has read it");
        await reader.AssertAccessibleAsync();

        await reader.GotoAsync("/guide/the-friend-test");
        await Expect(reader.GetByText(text)).ToHaveCountAsync(0);

        var moderator = TestUser.Create("Kim");
        await People.CreateAsync(app, moderator);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Moderators>().GrantAsync(moderator.Email);
        }
        await using var moderatorContext = await NewContextAsync();
        var desk = await moderatorContext.NewPageAsync();
        await SignInAsync(desk, moderator);
        await desk.GotoAsync("/guide/moderation");
        await desk.AssertAccessibleAsync();
        var item = desk.Locator("li.reply", new() { HasText = text });
        await item.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Status)).ToContainTextAsync("approved");

        await reader.ReloadAsync();
        await Expect(reader.Locator(".reply", new() { HasText = text })).ToContainTextAsync("Rowan");
        await reader.AssertAccessibleAsync();
    }
}
