using Microsoft.Playwright;
using SelfCompassion.Tests.Services.Journal;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// A double click, or a second press because the answer is slow, sends a form once: the browser would otherwise drop
/// the first answer and show the second, which can only say the first already happened ("page not found" after a
/// delete).
/// </summary>
public class SendOnceJourneyTests(KestrelAppFactory app, BrowserFixture browser) : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task Deleting_pressed_again_while_the_answer_is_slow_sends_once_and_says_it_is_deleted(string device, int width, int height)
    {
        _ = device;
        await using var context = await browser.Browser.NewContextAsync(new() { BaseURL = app.BaseAddress.ToString(), ViewportSize = new() { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Noor");
        var owner = await People.CreateAsync(app, person);
        Guid id;
        await using (var scope = People.ScopeFor(app, owner))
        {
            id = (await scope.Entries().CreateAsync(JournalSamples.Entry("Everyone would be better off without my moods"))).Id!.Value;
        }
        await page.SignInAsync(person);
        var posts = 0;
        // A slow answer, as on a bad connection: the second press comes while the first is on its way.
        await page.RouteAsync("**/delete", async route =>
        {
            if (route.Request.Method == "POST")
            {
                Interlocked.Increment(ref posts);
                await Task.Delay(1500);
            }
            await route.ContinueAsync();
        });

        await page.GotoAsync($"/journal/{id}/delete");
        await page.AssertAccessibleAsync();
        // Pressed twice by the page's own script: Playwright's click would wait for the first answer before pressing
        // again, and nothing can be asked of a page whose answer is on its way.
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" })
            .EvaluateAsync("button => { button.click(); setTimeout(() => button.click(), 400); }");

        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The entry is deleted.");
        await page.AssertAccessibleAsync();
        Assert.Equal(1, posts);

        // Its old address now says what happened, and leads back.
        await page.GotoAsync($"/journal/{id}");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "That entry isn't here" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to your journal" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/journal$"));
    }
}
