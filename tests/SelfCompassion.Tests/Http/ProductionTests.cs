using System.Net;

namespace SelfCompassion.Tests.Http;

/// <summary>The app as production runs it: no developer pages, secure cookies.</summary>
public class ProductionAppFactory : AppFactory
{
    protected override string Environment => "Production";

    /// <summary>Production refuses form posts over plain HTTP, so this client speaks HTTPS to the test server.</summary>
    public HttpClient CreateHttpsClient() =>
        CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
}

/// <summary>Production pointed at a database that is not there (a closed port on this machine).</summary>
public class UnreachableDatabaseFactory : ProductionAppFactory
{
    public override Task InitializeAsync()
    {
        // Nothing listens on port 1; the connection is refused at once.
        ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Password=none;Database=missing;Timeout=3";
        return Task.CompletedTask;
    }
}

public class ProductionTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task Outside_development_the_sign_in_cookie_is_secure_and_host_prefixed()
    {
        var client = app.CreateHttpsClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person);
        await AccountPages.ConfirmFromMailAsync(client, app.Mail, person);
        var signedIn = await AccountPages.SignInAsync(client, person);

        var cookie = signedIn.Response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-sc-auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_url_gets_the_404_page_without_developer_details()
    {
        var page = await HtmlPage.GetAsync(app.CreateHttpsClient(), "/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("We couldn't find that page", page.Text);
    }
}

public class UnreachableDatabaseTests(UnreachableDatabaseFactory app) : IClassFixture<UnreachableDatabaseFactory>
{
    [Fact]
    public async Task Readiness_reports_unhealthy_when_the_database_cannot_be_reached()
    {
        var response = await app.CreateClient().GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Liveness_still_answers_when_the_database_cannot_be_reached()
    {
        var response = await app.CreateClient().GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_page_that_needs_the_database_says_nothing_is_lost_with_503()
    {
        var page = await HtmlPage.GetAsync(app.CreateHttpsClient(), "/account/login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains("We can't reach your journal right now; nothing you saved is lost.", page.Text);
        Assert.DoesNotContain("Npgsql", page.Text);
        Assert.DoesNotContain("   at ", page.Text);
    }
}
