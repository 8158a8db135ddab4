using System.Net;

namespace SelfCompassion.Tests.Http.Care;

public class HelpPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<HtmlPage> HelpAsync(string url, string? languages = null, HttpClient? client = null)
    {
        client ??= app.CreateBrowserlikeClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (languages is not null)
        {
            request.Headers.Add("Accept-Language", languages);
        }
        return await HtmlPage.ParseAsync(await client.SendAsync(request));
    }

    [Fact]
    public async Task A_visitor_sees_the_lines_for_their_browsers_region_first_then_every_other_region()
    {
        var page = await HelpAsync("/help", "en-AU,en;q=0.9");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var here = page.Document.QuerySelector(".help-here")!;
        Assert.Equal("Help in Australia", here.QuerySelector("h2")!.TextContent);
        Assert.Contains("000", here.QuerySelector(".emergency")!.TextContent);
        Assert.NotNull(here.QuerySelector("a[href='tel:131114']"));
        Assert.True(here.CompareDocumentPosition(page.Document.QuerySelector("#all-lines")!).HasFlag(AngleSharp.Dom.DocumentPositions.Following));

        var others = page.Document.QuerySelectorAll("#all-lines .help-region h3").Select(h => h.TextContent).ToList();
        Assert.DoesNotContain("Australia", others);
        Assert.Contains("United Kingdom", others);
        Assert.Contains("Japan", others);
        Assert.Contains("November 2026", page.Document.QuerySelector("#all-lines")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("a[href='/help/plan']"));
    }

    [Fact]
    public async Task A_region_chosen_on_the_page_comes_first_and_stays_selected()
    {
        var page = await HelpAsync("/help?region=JP", "en-GB");
        Assert.Equal("Help in Japan", page.Document.QuerySelector(".help-here h2")!.TextContent);
        Assert.Equal("JP", page.Document.QuerySelector("#region option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_signed_in_persons_time_zone_counts_before_their_browser_and_an_unknown_choice_is_ignored()
    {
        var (client, _) = await People.SignedInAsync(app, "Asia/Seoul");
        var page = await HelpAsync("/help?region=<script>", "en-US", client);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Help in South Korea", page.Document.QuerySelector(".help-here h2")!.TextContent);
    }

    [Fact]
    public async Task Without_any_hint_the_emergency_number_comes_first_then_every_region()
    {
        var page = await HelpAsync("/help");
        Assert.Null(page.Document.QuerySelector(".help-here"));
        Assert.Contains("Call your local emergency number now", page.Document.QuerySelector(".callout")!.TextContent);
        Assert.Equal(29, page.Document.QuerySelectorAll("#all-lines .help-region").Length);
    }
}
