using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

public class PracticeJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_break_with_the_timer_then_two_check_ins_show_as_two_points_on_the_chart()
    {
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Ari");
        await People.CreateAsync(app, person);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.AssertAccessibleAsync();

        // From today's page, the second door.
        await page.GetByRole(AriaRole.Link, new() { Name = "Take a self-compassion break" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Self-compassion break" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the timer" }).ClickAsync();
        await Expect(page.Locator("[data-timer-clock]")).Not.ToHaveTextAsync("4:00", new() { Timeout = 5000 });
        await page.GetByRole(AriaRole.Button, new() { Name = "Pause" }).ClickAsync();
        var paused = await page.Locator("[data-timer-clock]").TextContentAsync();
        await page.WaitForTimeoutAsync(1500);
        await Expect(page.Locator("[data-timer-clock]")).ToHaveTextAsync(paused!);
        await Expect(page.GetByText("Paused")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Resume" }).ClickAsync();
        await Expect(page.Locator("[data-timer-clock]")).Not.ToHaveTextAsync(paused!, new() { Timeout = 5000 });
        await Expect(page.GetByLabel("Minutes you took")).ToHaveValueAsync("1");
        await page.GetByLabel("What you needed to hear").FillAsync("You're allowed to rest");
        await Expect(page.Locator(".timer")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-running"));
        await page.Locator("label[for=mood-after-6]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this practice" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You took 1 minute for yourself");
        await page.AssertAccessibleAsync();

        foreach (var answer in new[] { "2", "4" })
        {
            await page.GotoAsync("/progress/check-in");
            await page.AssertAccessibleAsync();
            for (var i = 0; i < 12; i++)
            {
                await page.Locator($"#item-{i}-{answer}").CheckAsync();
            }
            await page.GetByRole(AriaRole.Button, new() { Name = "Save my answers" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Today your answers come to 3.0 on the scale of 1 to 5");
        }

        var chart = page.Locator("figure", new() { Has = page.Locator("#scs-title") });
        await Expect(chart.Locator("circle")).ToHaveCountAsync(2);
        await chart.GetByText("Show the numbers").ClickAsync();
        await Expect(chart.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(page.Locator("figure", new() { Has = page.Locator("#practices-title") })).ToContainTextAsync("1 practice");
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "progress");
    }

    [Theory]
    [InlineData("no-preference", "breathe")]
    [InlineData("reduce", "none")]
    public async Task The_breathing_circle_moves_only_while_the_timer_runs_and_stays_still_when_less_motion_is_asked_for(string motion, string animation)
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = 390, Height = 844 },
            ReducedMotion = motion == "reduce" ? ReducedMotion.Reduce : ReducedMotion.NoPreference,
        });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Sol");
        await People.CreateAsync(app, person);
        await page.SignInAsync(person);
        await page.GotoAsync("/practice/pause");
        var circle = page.Locator(".breath span");
        Assert.Equal("none", await circle.EvaluateAsync<string>("e => getComputedStyle(e).animationName"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the timer" }).ClickAsync();
        await Expect(page.Locator("[data-timer-words]")).ToHaveTextAsync("Started. 3 minutes left.");
        Assert.Equal(animation, await circle.EvaluateAsync<string>("e => getComputedStyle(e).animationName"));
        await page.AssertAccessibleAsync();
    }
}
