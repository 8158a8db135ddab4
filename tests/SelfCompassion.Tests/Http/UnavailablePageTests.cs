using System.Net;
using SelfCompassion.Tests.Architecture;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Http;

/// <summary>
/// What a person meets when no instance of the app answers (all of them restarting, or down): nginx's 503 with the
/// app's own page for it, deploy/unavailable.html, which the app draws and which is kept up to date with it.
/// </summary>
public class UnavailablePageTests(NginxWithNoInstance nginx) : IClassFixture<NginxWithNoInstance>
{
    [Fact]
    public async Task The_committed_page_is_the_one_the_app_draws_from_its_stylesheet_and_crisis_lines_today()
    {
        var css = await File.ReadAllTextAsync(Path.Combine(SourceTests.RepositoryRoot(), "src", "SelfCompassion.Web", "wwwroot", "css", "site.css"));

        var drawn = await UnavailablePageFile.RenderAsync(css);

        Assert.True(drawn == await File.ReadAllTextAsync(NginxWithNoInstance.PagePath),
            "deploy/unavailable.html is not what the app draws now: run ./dev.sh unavailable-page and commit the file.");
        Assert.Contains("988 Suicide &amp; Crisis Lifeline", drawn, StringComparison.Ordinal);
        Assert.Contains("Samaritans", drawn, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/journal")]
    [InlineData("GET", "/")]
    [InlineData("POST", "/journal/new")]
    public async Task With_no_instance_answering_nginx_answers_503_with_the_apps_own_page(string method, string path)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(nginx.Address, path));
        if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("Input.Thought", "Nobody would miss me at the party")]);
        }

        using var answer = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
        Assert.Equal("text/html", answer.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", answer.Content.Headers.ContentType?.CharSet);
        Assert.Equal(await File.ReadAllTextAsync(NginxWithNoInstance.PagePath), await answer.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromSeconds(30), answer.Headers.RetryAfter?.Delta);
        Assert.True(answer.Headers.CacheControl?.NoStore);
        Assert.Equal("frame-ancestors 'none'", Assert.Single(answer.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task The_page_asks_for_nothing_beyond_itself()
    {
        var page = await File.ReadAllTextAsync(NginxWithNoInstance.PagePath);

        foreach (var loads in new[] { "<link", "<img", "<iframe", "src=", "url(", "@import", "fetch(" })
        {
            Assert.DoesNotContain(loads, page, StringComparison.OrdinalIgnoreCase);
        }
        // Its one script is its own, written into the page.
        Assert.Single(page.Split("<script").Skip(1));
        Assert.Contains("<script>(() => {", page, StringComparison.Ordinal);
        Assert.Contains("default-src &#x27;none&#x27;", page, StringComparison.Ordinal);
    }
}
