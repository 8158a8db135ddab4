using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace SelfCompassion.Tests.Support;

/// <summary>axe-core in the real browser, against WCAG 2.2 A and AA, on the page as the person sees it now.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"],
        },
    };

    /// <summary>Only what a theme's colours decide, for a page whose light theme is already checked in full.</summary>
    private static readonly AxeRunOptions Colours = new()
    {
        RunOnly = new RunOnlyOptions { Type = "rule", Values = ["color-contrast", "link-in-text-block"] },
    };

    /// <summary>Fails the test with every violation axe finds, naming the rule and the elements.</summary>
    public static Task AssertAccessibleAsync(this IPage page) => AssertAsync(page, Wcag22AA);

    /// <summary>Fails the test with every contrast violation axe finds on the page as drawn now.</summary>
    public static Task AssertContrastAsync(this IPage page) => AssertAsync(page, Colours);

    private static async Task AssertAsync(IPage page, AxeRunOptions options)
    {
        // After a form's redirect the new page's heading can be on screen before its stylesheet has loaded; read
        // unstyled, every link in the header is "too small" (a failure seen once on /account/goodbye at phone width).
        // The document itself is asked: Playwright's own "load" tracking once missed the event after signing out and
        // waited its full 30 seconds on a page that had long finished.
        await page.WaitForFunctionAsync(
            "() => document.readyState === 'complete' && [...document.querySelectorAll('link[rel=stylesheet]')].every(l => l.sheet)",
            null,
            new() { PollingInterval = 50, Timeout = 10_000 });
        var result = await page.RunAxe(options);
        var problems = result.Violations.Select(v =>
            $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(problems.Count == 0, $"axe found on {page.Url}:\n" + string.Join("\n", problems));
    }
}
