using System.Text.RegularExpressions;
using SelfCompassion.Guide;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Services.Guide;

/// <summary>The articles in the repository, checked as the app loads them.</summary>
public partial class ArticleContentTests
{
    private static readonly string Folder = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "src", "SelfCompassion.Web", "Content", "guide"));

    private static ArticleLibrary Library() => ArticleLibrary.Load(Folder);

    [Fact]
    public void Every_article_parses_and_every_related_slug_exists()
    {
        var library = Library();
        Assert.True(library.All.Count >= 6);
        Assert.All(library.All, a => Assert.All(library.RelatedTo(a), r => Assert.NotEqual(a.Slug, r.Slug)));
    }

    [Fact]
    public void The_main_guide_covers_the_four_practices_and_four_benefits_with_named_sources()
    {
        var main = Library().Find("self-compassion-in-mental-recovery")!;
        foreach (var part in new[] { "Notice self-critical thoughts", "Treat yourself with kindness", "Practise mindfulness", "Question self-critical beliefs",
            "Less self-criticism", "Emotional resilience", "Better well-being", "Kinder relationships", "Neff", "MacBeth", "patient" })
        {
            Assert.Contains(part, main.Html);
        }
        Assert.True(main.Headings.Count >= 5);
        Assert.InRange(main.ReadingMinutes, 3, 15);
    }

    [Fact]
    public void Every_try_it_link_leads_to_a_page_of_the_app()
    {
        var tries = Library().All.SelectMany(a => TryLink().Matches(a.Html).Select(m => m.Groups[1].Value)).ToList();
        Assert.NotEmpty(tries);
        Assert.All(tries, tool => Assert.True(GuideEndpoints.Tools.ContainsKey(tool), $"No tool named '{tool}'."));
    }

    [Theory]
    [InlineData("self-compassion-in-mental-recovery", "journal break letter pause reframe check-in progress")]
    [InlineData("the-friend-test", "friend reframe")]
    [InlineData("a-three-minute-mindful-pause", "pause")]
    [InlineData("weighing-the-evidence-kindly", "reframe")]
    public void Each_articles_doors_open_what_it_teaches(string slug, string tools)
    {
        var article = Library().All.Single(a => a.Slug == slug);
        Assert.Equal(tools.Split(' ').Order(), TryLink().Matches(article.Html).Select(m => m.Groups[1].Value).Distinct().Order());
    }

    [Fact]
    public void Raw_html_in_an_article_is_shown_as_text()
    {
        var article = ArticleParser.Parse("test.md", Front("raw") + "<script>alert(1)</script>\n\nHello *there*");
        Assert.DoesNotContain("<script>", article.Html);
        Assert.Contains("&lt;script&gt;", article.Html);
        Assert.Contains("<em>there</em>", article.Html);
    }

    [Fact]
    public void A_missing_field_is_named()
    {
        var error = Assert.Throws<ArticleException>(() => ArticleParser.Parse("broken.md", Front("x").Replace("summary: s\n", "")));
        Assert.Contains("broken.md", error.Message);
        Assert.Contains("'summary'", error.Message);
    }

    [Fact]
    public void A_broken_related_slug_or_a_duplicate_slug_stops_the_library()
    {
        var one = ArticleParser.Parse("a.md", Front("one", related: "missing"));
        Assert.Contains("'missing'", Assert.Throws<ArticleException>(() => new ArticleLibrary([one])).Message);

        var first = ArticleParser.Parse("a.md", Front("same"));
        var second = ArticleParser.Parse("b.md", Front("same"));
        Assert.Contains("'same'", Assert.Throws<ArticleException>(() => new ArticleLibrary([first, second])).Message);
    }

    private static string Front(string slug, string related = "") =>
        $"---\ntitle: T\nslug: {slug}\nsummary: s\norder: 1\nrelated: {related}\nhero: /h.svg\nhero_alt: h\nupdated: 2026-01-01\n---\n";

    [GeneratedRegex("href=\"/guide/try/([a-z-]+)\"")]
    private static partial Regex TryLink();
}
