using System.Net;
using System.Text;

namespace SelfCompassion.Tests.Http.Data;

/// <summary>
/// A file edited by hand, or written by another program: whatever it lacks or overstates is named, nothing is stored,
/// and never the error page; a time given with another offset is simply read as the moment it names.
/// </summary>
public class HandEditedImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string File = """
        {"schemaVersion": 1, "entries": [{"id": "{E}", "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-01T00:00:00Z",
          "thought": "I always let everyone down", "belief": 70, "patterns": [],
          "feelings": [{"key": "sad", "name": "Sad", "intensity": 40}],
          "reframes": [{"id": "{R}", "createdAt": "2026-01-02T00:00:00Z", "compassionateResponse": "I'm doing my best",
            "beliefBefore": 70, "beliefAfter": 40, "feelings": [{"key": "sad", "name": "Sad", "before": 40, "after": 20}]}]}]}
        """;

    private static byte[] Edited(string from, string to) => Encoding.UTF8.GetBytes(File
        .Replace(from, to, StringComparison.Ordinal)
        .Replace("{E}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
        .Replace("{R}", Guid.NewGuid().ToString(), StringComparison.Ordinal));

    [Theory]
    [InlineData("\"reframes\": [{", "\"reframes\": null, \"x\": [{", "is missing part of thought record 1")]
    [InlineData("{\"schemaVersion\": 1, \"entries\": [{", "{\"schemaVersion\": 1, \"entries\": [null, {", "is missing its list of thought records")]
    [InlineData("\"createdAt\": \"2026-01-01T00:00:00Z\"", "\"createdAt\": \"9999-12-01T00:00:00Z\"", "Thought record 1 has a date this app can't use")]
    [InlineData("\"beliefBefore\": 70", "\"beliefBefore\": 5000", "ratings before don't match")]
    [InlineData("\"before\": 40", "\"before\": -3", "ratings before don't match")]
    [InlineData("{\"key\": \"sad\", \"name\": \"Sad\", \"before\"", "{\"key\": \"nope\", \"name\": \"Sad\", \"before\"", "ratings before don't match")]
    public async Task A_hand_edited_file_is_explained_and_changes_nothing(string from, string to, string message)
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        var page = await DataPages.ImportAsync(client, person.Password, Edited(from, to));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorFor("Import.File"));
        Assert.Empty((await DataPages.DownloadJsonAsync(client, person.Password))["entries"]!.AsArray());
    }

    [Fact]
    public async Task A_file_whose_list_of_records_is_null_is_explained()
    {
        var (client, person) = await People.SignedInPersonAsync(app);

        var page = await DataPages.ImportAsync(client, person.Password, Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"entries\": null}"));

        Assert.Contains("is missing its list of thought records", page.ErrorFor("Import.File"));
    }

    [Fact]
    public async Task A_safety_plan_without_its_date_is_explained()
    {
        var (client, person) = await People.SignedInPersonAsync(app);
        var file = Encoding.UTF8.GetBytes("{\"schemaVersion\": 1, \"safetyPlan\": {\"warningSigns\": \"I stop answering messages\"}}");

        var page = await DataPages.ImportAsync(client, person.Password, file);

        Assert.Contains("The safety plan has a date this app can't use", page.ErrorFor("Import.File"));
    }

    [Fact]
    public async Task Times_given_with_another_offset_are_read_as_the_moments_they_name()
    {
        var (client, person) = await People.SignedInPersonAsync(app);

        var page = await DataPages.ImportAsync(client, person.Password, Edited("\"2026-01-01T00:00:00Z\"", "\"2026-01-01T02:00:00+02:00\""));

        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        var entry = (await DataPages.DownloadJsonAsync(client, person.Password))["entries"]!.AsArray().Single()!;
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), entry["createdAt"]!.GetValue<DateTimeOffset>());
    }
}
