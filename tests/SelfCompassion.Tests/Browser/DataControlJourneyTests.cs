using System.IO.Compression;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace SelfCompassion.Tests.Browser;

/// <summary>
/// A person takes control of their data in Chromium: consents, writes, turns on two-step sign-in, signs out and in
/// with a code, downloads everything, deletes the account, and can't sign in again. axe checks every page on the way.
/// </summary>
public class DataControlJourneyTests(KestrelAppFactory app, BrowserFixture browser)
    : IClassFixture<KestrelAppFactory>, IClassFixture<BrowserFixture>
{
    [Theory]
    [MemberData(nameof(BrowserPages.Viewports), MemberType = typeof(BrowserPages))]
    public async Task A_person_consents_writes_guards_downloads_and_deletes_their_account(string device, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var person = TestUser.Create("Noor");
        await People.CreateAsync(app, person, consented: false);
        await page.SignInAsync(person);

        // Consent comes before the first words are kept.
        await page.GotoAsync("/journal/new");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Before you write" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("I agree that SelfCompassion keeps what I write here").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Log a thought" })).ToBeVisibleAsync();
        await page.GetByLabel("The self-critical thought").FillAsync("I never finish anything I start");
        await page.FeelAsync("sad", "60");
        await page.GetByLabel("How much do you believe it right now?").FillAsync("75");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save this thought" }).ClickAsync();
        await Expect(page.Locator("blockquote.thought")).ToHaveTextAsync("I never finish anything I start");

        // Two-step sign-in, with a code computed as the phone's app would.
        await page.GotoAsync("/account/two-factor");
        await page.AssertAccessibleAsync();
        var key = (await page.Locator("code.shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new Totp(Base32Encoding.ToBytes(key));
        await page.GetByLabel("The six-digit code from your app").FillAsync(totp.ComputeTotp());
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step sign-in" }).ClickAsync();
        await Expect(page.Locator(".recovery-codes code")).ToHaveCountAsync(10);
        var recoveryCode = await page.Locator(".recovery-codes code").First.TextContentAsync();
        await page.AssertAccessibleAsync();
        await BrowserFixture.ScreenshotAsync(page, $"two-factor-{device}");

        await page.GotoAsync("/account/logout");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.SignInAsync(person);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "One more step" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        await page.GetByLabel("The six-digit code from your app").FillAsync(totp.ComputeTotp(DateTime.UtcNow.AddSeconds(30)));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("header details.menu summary")).ToHaveTextAsync("Noor");

        // Everything, downloaded.
        await page.GotoAsync("/account/data");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Your password").First.FillAsync(person.Password);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download my data" }).ClickAsync());
        using (var zip = new ZipArchive(File.OpenRead(await download.PathAsync())))
        {
            using var json = new StreamReader(zip.GetEntry("selfcompassion.json")!.Open());
            Assert.Contains("I never finish anything I start", await json.ReadToEndAsync());
        }

        // And gone, with the words it left unsaved in this browser.
        await page.GotoAsync("/journal/new");
        await page.GetByLabel("The self-critical thought").FillAsync("Words I never saved");
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(1, await DraftsKeptAsync(page));
        await page.GotoAsync("/account/delete");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Your password").FillAsync(person.Password);
        // The codes of this half-minute are used up by now; a recovery code is what a person without their phone would use.
        await page.GetByLabel("A code from your authenticator app, or a recovery code").FillAsync(recoveryCode!);
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete my account and everything in it" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your account is deleted" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync();
        Assert.Equal(0, await DraftsKeptAsync(page));

        await page.SignInAsync(person);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("don't match an account");
    }

    private static Task<int> DraftsKeptAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Object.keys(localStorage).filter(k => k.startsWith('selfcompassion-draft:')).length");

    [Fact]
    public async Task The_accessibility_check_finds_a_problem_where_there_is_one()
    {
        await using var context = await browser.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<html lang=\"en\"><head><title>t</title></head><body><main><img src=\"x.png\"><input type=\"text\"></main></body></html>");
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => page.AssertAccessibleAsync());
        Assert.Contains("image-alt", failure.Message);
    }
}
