using System.Net;
using System.Text;

namespace SelfCompassion.Tests.Http.Data;

/// <summary>Downloading everything: after the password, a ZIP any program can read, with nothing missing.</summary>
public class ExportTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(HttpClient Client, TestUser Person)> WithJournalAsync(string thought)
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        var id = await JournalPages.CreateAsync(client, thought);
        Assert.Equal(HttpStatusCode.Redirect, (await (await JournalPages.ReframeFormAsync(client, id)).SubmitAsync(client)).StatusCode);
        return (client, person);
    }

    [Fact]
    public async Task The_download_holds_every_record_as_json_and_as_spreadsheet_tables()
    {
        var (client, person) = await WithJournalAsync("=IMPORTXML(evil), and 한국어, with \"quotes\"\nand a new line");
        var letter = (await HtmlPage.GetAsync(client, "/practice/letter")).Form().Set("Input.Texts[0]", "Dear me, you are doing your best").Set("Input.Minutes", "12");
        await letter.SubmitAsync(client);

        var files = await DataPages.DownloadAsync(client, person.Password);

        Assert.Equal(["README.txt", "check-ins.csv", "entries.csv", "practices.csv", "reframes.csv", "selfcompassion.json"], files.Keys.Order(StringComparer.Ordinal));
        var json = Encoding.UTF8.GetString(files["selfcompassion.json"]);
        Assert.Contains("\"schemaVersion\": 1", json);
        Assert.Contains("한국어", json);
        Assert.Contains("Dear me, you are doing your best", json);
        Assert.Contains(person.Email, json);

        var entries = files["entries.csv"];
        Assert.Equal([0xEF, 0xBB, 0xBF], entries[..3]);
        var text = Encoding.UTF8.GetString(entries[3..]);
        Assert.StartsWith("id,created_at,updated_at,thought,situation,belief,patterns,feelings,reframes,notes\r\n", text);
        Assert.Contains("\"'=IMPORTXML(evil), and 한국어, with \"\"quotes\"\"\nand a new line\"", text);
        Assert.Contains("Labelling", text);
        Assert.Contains("compassionate_response", Encoding.UTF8.GetString(files["reframes.csv"]));
        Assert.Contains("Dear me, you are doing your best", Encoding.UTF8.GetString(files["practices.csv"]));
    }

    [Fact]
    public async Task Without_the_right_password_nothing_is_downloaded()
    {
        var (client, _) = await WithJournalAsync("Private words");
        var response = await DataPages.ExportAsync(client, "not my password at all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var page = await HtmlPage.ParseAsync(response);
        Assert.Equal("That password isn't right. Please try again.", page.ErrorFor("Export.Password"));
        Assert.DoesNotContain("Private words", page.Text);
    }
}
