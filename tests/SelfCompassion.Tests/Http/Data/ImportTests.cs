using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using OtpNet;

namespace SelfCompassion.Tests.Http.Data;

/// <summary>Bringing a download back in: whole or not at all, never twice, never someone else's, never a broken file.</summary>
public class ImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>A full journal written through the pages: entries, a reframe, practices (a letter), a check-in, a safety plan.</summary>
    private static async Task WriteJournalAsync(HttpClient client)
    {
        var first = await JournalPages.CreateAsync(client, "I always let everyone down, 가족도");
        await (await JournalPages.ReframeFormAsync(client, first)).SubmitAsync(client);
        await JournalPages.CreateAsync(client, "Nobody would notice if I stopped trying");
        await (await HtmlPage.GetAsync(client, "/practice/letter")).Form().Set("Input.Texts[0]", "Dear me, Ты справишься").Set("Input.Minutes", "9").SubmitAsync(client);
        await (await HtmlPage.GetAsync(client, "/practice/break")).Form().Set("Input.Texts[0]", "I'm doing my best").Set("Input.MoodBefore", "3")
            .Set("Input.MoodAfter", "5").Set("Input.Minutes", "4").SubmitAsync(client);
        var checkIn = (await HtmlPage.GetAsync(client, "/progress/check-in")).Form();
        for (var i = 0; i < 12; i++)
        {
            checkIn.Check($"Answers[{i}]", ((i % 5) + 1).ToString());
        }
        await checkIn.SubmitAsync(client);
        await (await CarePages.PlanFormAsync(client)).WithPlan("Lying awake past three, 잠 못 드는 밤").SubmitAsync(client);
    }

    /// <summary>The parts an import restores, for comparing two exports field by field.</summary>
    private static string Restorable(JsonObject export) =>
        new JsonObject
        {
            ["entries"] = export["entries"]!.DeepClone(),
            ["practices"] = export["practices"]!.DeepClone(),
            ["checkIns"] = export["checkIns"]!.DeepClone(),
            ["safetyPlan"] = export["safetyPlan"]!.DeepClone(),
        }.ToJsonString();

    [Fact]
    public async Task Export_delete_sign_up_again_import_and_export_gives_back_the_same_journal()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        await WriteJournalAsync(client);
        var before = await DataPages.DownloadJsonAsync(client, person.Password);
        Assert.Equal(2, before["entries"]!.AsArray().Count);
        Assert.Equal("Lying awake past three, 잠 못 드는 밤", before["safetyPlan"]!["warningSigns"]!.GetValue<string>());

        var delete = (await HtmlPage.GetAsync(client, "/account/delete")).Form().Set("Input.Password", person.Password);
        Assert.Equal("/account/goodbye", (await delete.SubmitAsync(client)).Headers.Location!.OriginalString);

        var again = TestUser.Create();
        await People.CreateAsync(app, again);
        var fresh = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(fresh, again);
        var imported = await DataPages.ImportAsync(fresh, again.Password, DataPages.Bytes(before));
        Assert.Equal(HttpStatusCode.Redirect, imported.Status);

        var after = await DataPages.DownloadJsonAsync(fresh, again.Password);
        Assert.Equal(Restorable(before), Restorable(after));
    }

    [Fact]
    public async Task Importing_the_same_file_twice_adds_nothing_the_second_time()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        await WriteJournalAsync(client);
        var zip = await (await DataPages.ExportAsync(client, person.Password)).Content.ReadAsByteArrayAsync();

        var first = await DataPages.ImportAsync(client, person.Password, zip, "selfcompassion.zip");
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        var note = await HtmlPage.GetAsync(client, "/account/data");
        Assert.Contains("Everything in this file was already here, so nothing has changed.", note.Text);
        Assert.Equal(2, (await DataPages.DownloadJsonAsync(client, person.Password))["entries"]!.AsArray().Count);
    }

    [Fact]
    public async Task One_file_sent_twice_at_once_comes_in_once_and_both_answers_say_so()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        await WriteJournalAsync(client);
        var export = DataPages.Bytes(await DataPages.DownloadJsonAsync(client, person.Password));
        var delete = (await HtmlPage.GetAsync(client, "/account/delete")).Form().Set("Input.Password", person.Password);
        Assert.Equal("/account/goodbye", (await delete.SubmitAsync(client)).Headers.Location!.OriginalString);
        var (fresh, again) = await People.SignedInPersonAsync(app);

        var both = await Task.WhenAll(DataPages.ImportAsync(fresh, again.Password, export), DataPages.ImportAsync(fresh, again.Password, export));

        Assert.All(both, page => Assert.Equal(HttpStatusCode.Redirect, page.Status));
        Assert.Equal(2, (await DataPages.DownloadJsonAsync(fresh, again.Password))["entries"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("this is not json at all", "isn't a SelfCompassion export")]
    [InlineData("{\"schemaVersion\": 7, \"entries\": []}", "different version of SelfCompassion's export (version 7)")]
    [InlineData("{\"entries\": []}", "it has no schema version")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{\"id\": \"5a6b7c8d-0000-4000-8000-000000000001\", \"createdAt\": \"2026-01-01T00:00:00Z\", \"updatedAt\": \"2026-01-01T00:00:00Z\", \"thought\": \"\", \"belief\": 50, \"patterns\": [], \"feelings\": [{\"key\": \"sad\", \"name\": \"Sad\", \"intensity\": 40}], \"reframes\": []}]}",
        "Please write the thought")]
    public async Task A_file_that_is_not_a_good_export_is_explained_and_changes_nothing(string file, string message)
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        var page = await DataPages.ImportAsync(client, person.Password, Encoding.UTF8.GetBytes(file));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorFor("Import.File"));
        Assert.Empty((await DataPages.DownloadJsonAsync(client, person.Password))["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused_with_the_limit()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        var page = await DataPages.ImportAsync(client, person.Password, new byte[(20 * 1024 * 1024) + 100]);
        Assert.Contains("larger than 20 MB", page.ErrorFor("Import.File"));
    }

    [Fact]
    public async Task Another_persons_records_or_the_wrong_password_bring_nothing_in()
    {
        var (owner, ownerPerson) = await People.SignedInPersonAsync(app);
        await WriteJournalAsync(owner);
        var theirs = await DataPages.DownloadJsonAsync(owner, ownerPerson.Password);
        var (client, person) = await People.SignedInPersonAsync(app);

        var forged = await DataPages.ImportAsync(client, person.Password, DataPages.Bytes(theirs));
        Assert.Contains("belong to another account", forged.ErrorFor("Import.File"));
        var wrongPassword = await DataPages.ImportAsync(client, "not my password at all", DataPages.Bytes(theirs));
        Assert.Equal("That password isn't right. Please try again.", wrongPassword.ErrorFor("Import.Password"));
        Assert.Empty((await DataPages.DownloadJsonAsync(client, person.Password))["entries"]!.AsArray());
    }

    [Fact]
    public async Task With_two_step_sign_in_on_deleting_needs_a_code_too()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        var setup = await HtmlPage.GetAsync(client, "/account/two-factor");
        var key = setup.Document.QuerySelector("code.shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await setup.Form().Set("Input.Code", new Totp(Base32Encoding.ToBytes(key)).ComputeTotp()).SubmitAsync(client);

        var page = await HtmlPage.GetAsync(client, "/account/delete");
        var refused = await HtmlPage.ParseAsync(await page.Form().Set("Input.Password", person.Password).SubmitAsync(client));
        Assert.Contains("That code didn't work", refused.ErrorFor("Input.Code"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/journal")).StatusCode);

        var code = new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(DateTime.UtcNow.AddSeconds(30));
        var deleted = await page.Form().Set("Input.Password", person.Password).Set("Input.Code", code).SubmitAsync(client);
        Assert.Equal("/account/goodbye", deleted.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Bringing_a_journal_in_waits_for_consent_while_taking_a_copy_out_never_does()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        await JournalPages.CreateAsync(client, "I always let everyone down");
        var export = await DataPages.DownloadJsonAsync(client, person.Password);
        var newcomer = TestUser.Create();
        await People.CreateAsync(app, newcomer, consented: false);
        var fresh = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(fresh, newcomer);

        var imported = await DataPages.ImportAsync(fresh, newcomer.Password, DataPages.Bytes(export));

        Assert.Equal(HttpStatusCode.Redirect, imported.Status);
        Assert.Equal($"/account/consent?returnUrl={Uri.EscapeDataString("/account/data")}", imported.Response.Headers.Location!.OriginalString);
        Assert.Empty((await DataPages.DownloadJsonAsync(fresh, newcomer.Password))["entries"]!.AsArray());
    }
}
