using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SelfCompassion.Tests.Support;

/// <summary>The data page's two forms, used as a person would: download with the password, bring a file back in.</summary>
public static class DataPages
{
    public static async Task<HttpResponseMessage> ExportAsync(HttpClient client, string password)
    {
        var page = await HtmlPage.GetAsync(client, "/account/data");
        return await page.Form("form[action*='Export']").Set("Export.Password", password).SubmitAsync(client);
    }

    /// <summary>The downloaded ZIP's files by name.</summary>
    public static async Task<Dictionary<string, byte[]>> DownloadAsync(HttpClient client, string password)
    {
        var response = await ExportAsync(client, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    public static async Task<JsonObject> DownloadJsonAsync(HttpClient client, string password) =>
        JsonNode.Parse((await DownloadAsync(client, password))["selfcompassion.json"])!.AsObject();

    public static async Task<HtmlPage> ImportAsync(HttpClient client, string password, byte[] file, string fileName = "selfcompassion.json")
    {
        var page = await HtmlPage.GetAsync(client, "/account/data");
        var form = page.Form("form[action*='Import']");
        var content = new MultipartFormDataContent
        {
            { new StringContent(form.Token), "__RequestVerificationToken" },
            { new StringContent(password), "Import.Password" },
            { new ByteArrayContent(file), "Import.File", fileName },
        };
        return await HtmlPage.ParseAsync(await client.PostAsync(form.Action, content));
    }

    public static byte[] Bytes(JsonNode json) => JsonSerializer.SerializeToUtf8Bytes(json);
}
