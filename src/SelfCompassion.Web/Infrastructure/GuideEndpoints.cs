using System.Globalization;
using System.Security.Claims;
using System.Xml.Linq;
using SelfCompassion.Guide;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>The guide's non-page addresses: "Try it" doors into the app, the sitemap and the Atom feed.</summary>
internal static class GuideEndpoints
{
    /// <summary>Where each "Try it" link leads a signed-in reader; visitors are invited to create an account first.</summary>
    public static readonly IReadOnlyDictionary<string, string> Tools = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["journal"] = "/journal/new",
    };

    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static void MapGuideEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/guide/try/{tool}", (string tool, ClaimsPrincipal user) =>
            !Tools.TryGetValue(tool, out var path) ? Results.NotFound()
            : user.Identity?.IsAuthenticated == true ? Results.Redirect(path)
            : Results.Redirect($"/account/register?returnUrl={Uri.EscapeDataString(path)}"));

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
