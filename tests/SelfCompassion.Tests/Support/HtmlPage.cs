using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;
using AngleSharp.Io;

namespace SelfCompassion.Tests.Support;

/// <summary>A page as the server sent it, parsed with AngleSharp.</summary>
public sealed class HtmlPage(HttpResponseMessage response, IHtmlDocument document)
{
    public HttpResponseMessage Response { get; } = response;

    public IHtmlDocument Document { get; } = document;

    public HttpStatusCode Status => Response.StatusCode;

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return await ParseAsync(response);
    }

    public static async Task<HtmlPage> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(request =>
        {
            request.Content(html);
            request.Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/");
            request.Header(HeaderNames.ContentType, "text/html; charset=utf-8");
        });
        return new HtmlPage(response, (IHtmlDocument)document);
    }

    public HtmlForm Form(string selector = "main form") =>
        new(Document.QuerySelector(selector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{selector}'."));

    /// <summary>The validation message shown beside the field with this name, or "" if there is none.</summary>
    public string ErrorFor(string fieldName)
    {
        var span = Document.QuerySelector($"span[data-valmsg-for='{fieldName}']");
        return span?.TextContent.Trim() ?? "";
    }

    public string FormErrors() => Document.QuerySelector(".form-errors")?.TextContent.Trim() ?? "";

    public string ValueOf(string fieldName) =>
        (Document.QuerySelector($"[name='{fieldName}']") as IHtmlInputElement)?.Value ?? "";

    public string Text => Document.Body?.TextContent ?? "";
}
