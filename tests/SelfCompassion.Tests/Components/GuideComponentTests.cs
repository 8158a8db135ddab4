using Bunit;
using SelfCompassion.Guide;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Tests.Components;

public class TableOfContentsTests : BunitContext
{
    [Fact]
    public void Sections_are_listed_as_links_to_their_headings()
    {
        var cut = Render<TableOfContents>(p => p.Add(c => c.Headings, [new("what-it-is", "What it is"), new("why", "Why it matters")]));
        var links = cut.FindAll("nav ol a");
        Assert.Equal(["#what-it-is", "#why"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal("What it is", links[0].TextContent);
        Assert.Equal("toc-title", cut.Find("nav").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void A_single_section_needs_no_table()
    {
        var cut = Render<TableOfContents>(p => p.Add(c => c.Headings, [new("only", "Only")]));
        Assert.Empty(cut.FindAll("nav"));
    }
}

public class SimilarPostsTests : BunitContext
{
    private static Article Make(string slug, string title) =>
        new(slug, title, $"About {title}", 1, [], "/h.svg", "h", new DateOnly(2026, 1, 1), "", [], 2);

    [Fact]
    public void Related_articles_are_linked_with_their_summaries()
    {
        var cut = Render<SimilarPosts>(p => p.Add(c => c.Articles, [Make("the-friend-test", "The friend test")]));
        Assert.Equal("Similar posts", cut.Find("h2").TextContent);
        Assert.Equal("/guide/the-friend-test", cut.Find("li a").GetAttribute("href"));
        Assert.Equal("About The friend test", cut.Find("li p").TextContent);
    }

    [Fact]
    public void No_related_articles_render_nothing() =>
        Assert.Empty(Render<SimilarPosts>().Markup.Trim());
}

public class ReplyFieldsTests : BunitContext
{
    [Fact]
    public void Required_fields_are_marked_and_the_email_is_promised_private()
    {
        var cut = Render<ReplyFields>();
        foreach (var id in new[] { "reply-text", "reply-name", "reply-email" })
        {
            Assert.Equal("true", cut.Find($"#{id}").GetAttribute("aria-required"));
            Assert.Contains("*", cut.Find($"label[for={id}]").TextContent);
        }
        Assert.Contains("will not be published", cut.Markup);
    }

    [Fact]
    public void The_honeypot_is_hidden_from_people_and_out_of_the_tab_order()
    {
        var cut = Render<ReplyFields>();
        var trap = cut.Find("input[name='Input.Website']");
        Assert.Equal("-1", trap.GetAttribute("tabindex"));
        Assert.Equal("true", trap.ParentElement!.GetAttribute("aria-hidden"));
    }

    [Fact]
    public void Values_are_kept_and_errors_shown_beside_their_fields()
    {
        var cut = Render<ReplyFields>(p => p.Add(c => c.Name, "Ana").Add(c => c.Text, "Thank you").Add(c => c.EmailError, "Please enter an email address like name@example.com."));
        Assert.Equal("Ana", cut.Find("#reply-name").GetAttribute("value"));
        Assert.Equal("Thank you", cut.Find("#reply-text").TextContent);
        Assert.Equal("true", cut.Find("#reply-email").GetAttribute("aria-invalid"));
        Assert.Equal("Please enter an email address like name@example.com.", cut.Find("#reply-email-error").TextContent);
    }
}
