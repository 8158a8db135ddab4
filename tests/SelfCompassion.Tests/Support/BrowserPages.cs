using Microsoft.Playwright;

namespace SelfCompassion.Tests.Support;

/// <summary>What every browser journey shares: the two widths it runs at, and signing in through the real form.</summary>
public static class BrowserPages
{
    /// <summary>A phone (390 CSS pixels wide) and a desktop.</summary>
    public static TheoryData<string, int, int> Viewports => new()
    {
        { "phone", 390, 844 },
        { "desktop", 1280, 800 },
    };

    /// <summary>The page's background colour as drawn, which tells the theme its stylesheet applied.</summary>
    public static Task<string> BackgroundAsync(this IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");

    /// <summary>Presses Tab until the element matching the selector has focus, as a keyboard user would.</summary>
    public static async Task TabToAsync(this IPage page, string selector)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }
        throw new InvalidOperationException($"Tab never reached {selector}.");
    }

    /// <summary>Picks a feeling's chip with a tap, then sets how strong it was.</summary>
    public static async Task FeelAsync(this IPage page, string key, string strength)
    {
        await page.Locator($"label[for=felt-{key}]").ClickAsync();
        await page.Locator($"#feeling-{key}").FillAsync(strength);
    }

    /// <summary>Signs in at /account/login, checking that page with axe on the way.</summary>
    public static async Task SignInAsync(this IPage page, TestUser person)
    {
        await page.GotoAsync("/account/login");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Email address").FillAsync(person.Email);
        await page.GetByLabel("Password").FillAsync(person.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
