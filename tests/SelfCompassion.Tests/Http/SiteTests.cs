using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SelfCompassion.Tests.Http;

public class SiteTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/help")]
    [InlineData("/privacy")]
    [InlineData("/account/register")]
    [InlineData("/account/login")]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/resend-confirmation")]
    public async Task Public_pages_answer_and_offer_help_on_every_page(string url)
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var help = page.Document.QuerySelector("header a[href='/help']");
        Assert.Equal("Get help now", help?.TextContent.Trim());
    }

    [Fact]
    public async Task Every_input_has_a_label()
    {
        foreach (var url in new[] { "/account/register", "/account/login", "/account/forgot-password" })
        {
            var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), url);
            foreach (var input in page.Document.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
            {
                Assert.NotNull(page.Document.QuerySelector($"label[for='{input.Id}']"));
            }
        }
    }

    [Fact]
    public async Task The_help_page_lists_emergency_numbers_first_then_crisis_lines()
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), "/help");
        var text = System.Text.RegularExpressions.Regex.Replace(page.Text, @"\s+", " ");
        Assert.True(text.IndexOf("emergency number", StringComparison.Ordinal) < text.IndexOf("988", StringComparison.Ordinal));
        foreach (var line in new[] { "988", "116 123", "13 11 14", "109", "findahelpline.com" })
        {
            Assert.Contains(line, text);
        }
        Assert.Contains("no substitute for professional care", text);
    }

    [Fact]
    public async Task An_unknown_url_gets_the_friendly_404_page()
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), "/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("We couldn't find that page", page.Text);
        Assert.NotNull(page.Document.QuerySelector("header .brand"));
    }

    [Fact]
    public async Task Liveness_answers_without_the_database()
    {
        var response = await app.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Readiness_is_healthy_when_the_database_is_migrated()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Pages_load_nothing_from_another_origin()
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), "/");
        var sources = page.Document.QuerySelectorAll("link[href], script[src], img[src]")
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "");
        Assert.All(sources, source => Assert.StartsWith("/", source));
        Assert.Contains("default-src 'self'", page.Response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task Static_assets_are_fingerprinted_and_served_compressed()
    {
        var client = app.CreateClient();
        var page = await HtmlPage.GetAsync(client, "/");
        var css = page.Document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Matches(@"site\.[a-z0-9]+\.css", css);

        var request = new HttpRequestMessage(HttpMethod.Get, css);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site_lax()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person);
        await AccountPages.ConfirmFromMailAsync(client, app.Mail, person);
        var signedIn = await AccountPages.SignInAsync(client, person);

        var cookie = signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("sc-auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }
}
