using System.Net;
using Npgsql;
using SelfCompassion.Accounts.Consent;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>Nothing is written to the journal or practices before the person has clearly agreed to the current notice.</summary>
public class ConsentTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Client, string Id)> SignedInWithoutConsentAsync()
    {
        var person = TestUser.Create();
        var id = await People.CreateAsync(app, person, consented: false);
        var client = app.CreateBrowserlikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
        return (client, id);
    }

    private async Task<List<(string Version, DateTime GivenAt)>> ConsentsAsync(string userId)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("""SELECT "NoticeVersion", "GivenAt" FROM consents WHERE "OwnerId" = $1""", connection);
        command.Parameters.AddWithValue(userId);
        var rows = new List<(string, DateTime)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetDateTime(1)));
        }
        return rows;
    }

    [Theory]
    [InlineData("/journal/new")]
    [InlineData("/practice/letter")]
    [InlineData("/progress/check-in")]
    public async Task The_first_entry_or_practice_waits_for_consent_and_then_opens(string page)
    {
        var (client, id) = await SignedInWithoutConsentAsync();

        var asked = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal($"/account/consent?returnUrl={Uri.EscapeDataString(page)}", asked.Headers.Location!.OriginalString);

        var consentPage = await HtmlPage.GetAsync(client, asked.Headers.Location!.OriginalString);
        var refused = await HtmlPage.ParseAsync(await consentPage.Form().SubmitAsync(client));
        Assert.Contains("Please tick the box if you agree", refused.ErrorFor("Input.Agree"));
        Assert.Empty(await ConsentsAsync(id));

        var agreed = await consentPage.Form().Check("Input.Agree", "true").SubmitAsync(client);
        Assert.Equal(page, agreed.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(page)).StatusCode);
        var consent = Assert.Single(await ConsentsAsync(id));
        Assert.Equal(PrivacyNotice.Version, consent.Version);
        Assert.True(DateTime.UtcNow - consent.GivenAt < TimeSpan.FromMinutes(1));
    }

    /// <summary>Someone who agreed to an older notice, signed in.</summary>
    private async Task<HttpClient> SignedInOnAnOlderNoticeAsync()
    {
        var person = TestUser.Create();
        var id = await People.CreateAsync(app, person, consented: false);
        await app.ExecuteAsync("""INSERT INTO consents ("Id", "OwnerId", "NoticeVersion", "GivenAt") VALUES ($1, $2, '2025-01-01', now() - interval '1 year')""",
            Guid.NewGuid(), id);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        return client;
    }

    [Fact]
    public async Task The_safety_plan_opens_on_an_earlier_consent_and_saving_it_comes_back_to_it_after_agreeing()
    {
        var client = await SignedInOnAnOlderNoticeAsync();

        var form = await CarePages.PlanFormAsync(client);
        var saved = await form.WithPlan().SubmitAsync(client);

        Assert.Equal($"/account/consent?returnUrl={Uri.EscapeDataString("/help/plan")}", saved.Headers.Location!.OriginalString);
        var (fresh, _) = await SignedInWithoutConsentAsync();
        Assert.StartsWith("/account/consent", (await fresh.GetAsync("/help/plan")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_new_notice_version_asks_again()
    {
        var client = await SignedInOnAnOlderNoticeAsync();

        var asked = await client.GetAsync("/journal");
        Assert.StartsWith("/account/consent", asked.Headers.Location!.OriginalString);
        Assert.Contains("has changed since you last agreed", (await HtmlPage.GetAsync(client, asked.Headers.Location!.OriginalString)).Text);
    }

    [Fact]
    public async Task The_privacy_notice_says_what_is_kept_its_version_and_how_to_leave()
    {
        var page = await HtmlPage.GetAsync(app.CreateClient(), "/privacy");
        Assert.Contains(PrivacyNotice.Version, page.Text);
        Assert.Contains("encrypted", page.Text);
        Assert.NotNull(page.Document.QuerySelector("a[href='/account/data']"));
        Assert.NotNull(page.Document.QuerySelector("a[href='/account/delete']"));
    }
}
