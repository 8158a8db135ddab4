using System.Globalization;
using System.Security.Claims;
using System.Xml.Linq;
using SelfCompassion.Guide;
using SelfCompassion.Journal.LookAgain;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>The guide's non-page addresses: "Try it" doors into the app, the sitemap and the Atom feed.</summary>
internal static class GuideEndpoints
{
    /// <summary>
    /// Where each "Try it" door leads a signed-in reader. A visitor is invited to create an account and, once signed in,
    /// comes back through the same door, so a door that depends on their journal ("reframe") still finds the right place.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> Tools = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["journal"] = "/journal/new",
        ["reframe"] = "/journal/new",
        ["break"] = "/practice/break",
        ["friend"] = "/practice/friend",
        ["letter"] = "/practice/letter",
        ["pause"] = "/practice/pause",
        ["check-in"] = "/progress/check-in",
        ["progress"] = "/progress",
    };

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void MapGuideEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/guide/try/{tool}", async (string tool, ClaimsPrincipal user, LookAgainService lookAgain, CancellationToken cancellationToken) =>
        {
            if (!Tools.TryGetValue(tool, out var path))
            {
                return Results.NotFound();
            }
            if (user.Identity?.IsAuthenticated != true)
            {
                return Results.Redirect($"/account/register?returnUrl={Uri.EscapeDataString($"/guide/try/{tool}")}");
            }
            // "Reframe one": the newest thought still waiting for a kind answer, or a new entry when there is none.
            return tool == "reframe" && await lookAgain.NewestUnansweredAsync(cancellationToken) is { } id
                ? Results.Redirect($"/journal/{id}/reframe")
                : Results.Redirect(path);
        });

        app.MapGet("/sitemap.xml", (HttpContext context, ArticleLibrary articles) =>
        {
            var origin = PublicOrigin.Of(context);
            var pages = new[] { "/", "/guide", "/help", "/privacy" }.Select(p => new XElement(Sitemap + "url", new XElement(Sitemap + "loc", origin + p)))
                .Concat(articles.All.Select(a => new XElement(Sitemap + "url",
                    new XElement(Sitemap + "loc", $"{origin}/guide/{a.Slug}"),
                    new XElement(Sitemap + "lastmod", a.Updated.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))));
            var xml = new XDocument(new XElement(Sitemap + "urlset", pages));
            return Results.Text(xml.Declaration + xml.ToString(SaveOptions.DisableFormatting), "application/xml");
        }).CacheOutput(GuideCache.Policy);

        app.MapGet("/guide/feed.atom", (HttpContext context, ArticleLibrary articles) =>
        {
            var origin = PublicOrigin.Of(context);
            static string Stamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
            var feed = new XElement(Atom + "feed",
                new XElement(Atom + "title", "SelfCompassion guide"),
                new XElement(Atom + "id", $"{origin}/guide"),
                new XElement(Atom + "link", new XAttribute("href", $"{origin}/guide/feed.atom"), new XAttribute("rel", "self")),
                new XElement(Atom + "link", new XAttribute("href", $"{origin}/guide")),
                new XElement(Atom + "updated", Stamp(articles.All.Max(a => a.Updated))),
                new XElement(Atom + "author", new XElement(Atom + "name", "SelfCompassion")),
                articles.All.Select(a => new XElement(Atom + "entry",
                    new XElement(Atom + "title", a.Title),
                    new XElement(Atom + "id", $"{origin}/guide/{a.Slug}"),
                    new XElement(Atom + "link", new XAttribute("href", $"{origin}/guide/{a.Slug}")),
                    new XElement(Atom + "updated", Stamp(a.Updated)),
                    new XElement(Atom + "summary", a.Summary))));
            return Results.Text(new XDocument(feed).ToString(SaveOptions.DisableFormatting), "application/atom+xml");
        }).CacheOutput(GuideCache.Policy);
    }
}
