using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SelfCompassion.Accounts;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

public class SignUpJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_visitor_creates_an_account_confirms_it_signs_in_sees_their_name_and_signs_out(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            TimezoneId = "Australia/Sydney",
        });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Jules");

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Create account", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(app.BaseAddress, "/account/register").ToString());
        await page.AssertAccessibleAsync();
        await page.GetByLabel("What would you like us to call you?").FillAsync(person.DisplayName);
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(person.Password);
        await page.GetByLabel("Type the password again").FillAsync(person.Password);
        await BrowserFixture.ScreenshotAsync(page, $"register-{device}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();

        await page.GotoAsync(app.Mail.LinkTo(person.Email, "/account/confirm-email").PathAndQuery);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your email is confirmed" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Sign in" }).ClickAsync();

        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var menu = page.Locator("header details.menu summary");
        await Expect(menu).ToHaveTextAsync(person.DisplayName);
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"home-{device}");

        await menu.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You've signed out");
        await page.AssertAccessibleAsync();
        await Expect(page.GetByRole(AriaRole.Banner).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();

        // The browser's own time zone was sent with the form by the page's script.
        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(person.Email);
        Assert.Equal("Australia/Sydney", user!.TimeZoneId);
    }

    [Fact]
    public async Task The_sign_in_form_can_be_completed_with_the_keyboard_alone()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        var person = TestUser.Create();
        await page.GotoAsync("/account/login");

        // The first Tab lands on the skip link, which takes focus straight to the content.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByLabel("Email address")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(person.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("not the right password");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("don't match an account");
        await page.AssertAccessibleAsync();
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync(person.Email);
    }
}
