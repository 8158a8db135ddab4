using System.Net;
using System.Xml.Linq;

namespace SelfCompassion.Tests.Http.Guide;

public class GuidePageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Main = "/guide/self-compassion-in-mental-recovery";

    [Fact]
    public async Task The_guide_lists_every_article_with_its_summary()
    {
        var page = await HtmlPage.GetAsync(app.CreateClient(), "/guide");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var items = page.Document.QuerySelectorAll(".article-list li");
        Assert.True(items.Length >= 6);
        Assert.Contains(items, li => li.QuerySelector("a")?.GetAttribute("href") == Main && li.TextContent.Contains("four ways to practise"));
    }

    [Fact]
    public async Task The_main_guide_has_its_title_description_sharing_tags_contents_and_similar_posts()
    {
        var page = await HtmlPage.GetAsync(app.CreateClient(), Main);
        var doc = page.Document;
        Assert.Equal("Self-compassion in mental recovery · SelfCompassion", doc.Title);
        Assert.StartsWith("What self-compassion is", doc.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("http://localhost" + Main, doc.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("Self-compassion in mental recovery", doc.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.NotEmpty(doc.QuerySelector("img.hero")!.GetAttribute("alt")!);
        Assert.Contains("min read", page.Text);
        Assert.True(doc.QuerySelectorAll(".toc a").Length >= 5);
        Assert.All(doc.QuerySelectorAll(".toc a"), a => Assert.NotNull(doc.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
        Assert.Equal(4, doc.QuerySelectorAll(".similar li").Length);
        Assert.Empty(doc.QuerySelectorAll("script:not([src])"));
    }

    [Theory]
    [InlineData("/guide/no-such-article")]
    [InlineData("/guide/Self-Compassion-In-Mental-Recovery")]
    [InlineData("/guide/..%2F..%2Fappsettings.json")]
    [InlineData("/guide/..%2Fprivacy")]
    [InlineData("/guide/about%2F..%2F..%2Fhelp")]
    [InlineData("/guide/-leading-dash")]
    public async Task An_unknown_or_tricky_slug_gets_the_404_page_with_the_articles(string url)
    {
        var page = await HtmlPage.GetAsync(app.CreateClient(), url);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("We couldn't find that page", page.Text);
        Assert.NotNull(page.Document.QuerySelector($".error-page a[href='{Main}']"));
    }

    [Fact]
    public async Task Try_it_invites_a_visitor_to_create_an_account()
    {
        var response = await app.CreateBrowserlikeClient().GetAsync("/guide/try/journal");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/register?returnUrl=%2Fguide%2Ftry%2Fjournal", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Try_it_takes_a_signed_in_reader_straight_to_the_tool()
    {
        var (client, _) = await People.SignedInAsync(app);
        var response = await client.GetAsync("/guide/try/journal");
        Assert.Equal("/journal/new", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/guide/try/nothing")).StatusCode);
    }

    [Fact]
    public async Task The_sitemap_and_feed_list_every_article()
    {
        var client = app.CreateClient();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var locations = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();
        Assert.Contains("http://localhost" + Main, locations);
        Assert.Contains("http://localhost/guide/about", locations);

        var feedResponse = await client.GetAsync("/guide/feed.atom");
        Assert.Equal("application/atom+xml", feedResponse.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await feedResponse.Content.ReadAsStringAsync());
        var entries = feed.Descendants().Where(e => e.Name.LocalName == "entry").ToList();
        Assert.True(entries.Count >= 6);
        Assert.All(entries, e => Assert.NotEmpty(e.Elements().Single(x => x.Name.LocalName == "title").Value));
    }
}
