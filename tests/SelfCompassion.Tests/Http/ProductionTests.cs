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
    public async Task Every_cookie_is_secure_and_host_prefixed_including_the_status_note()
    {
        var client = app.CreateHttpsClient();
        var page = await HtmlPage.GetAsync(client, "/account/forgot-password");
        var sent = await page.Form().Set("Input.Email", "nobody-here@example.test").SubmitAsync(client);

        var cookies = sent.Headers.GetValues("Set-Cookie").Concat(page.Response.Headers.GetValues("Set-Cookie")).ToList();
        Assert.Contains(cookies, c => c.StartsWith("__Host-sc-tempdata=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.StartsWith("__Host-", c);
            Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task Https_answers_ask_for_a_year_of_https_and_never_name_the_server()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/guide");
        request.Headers.Host = "selfcompassion.example.org";
        var response = await app.CreateHttpsClient().SendAsync(request);

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_and_time_but_never_its_query()
    {
        await app.CreateHttpsClient().GetAsync("/health/live?code=secret-token-123");

        var line = app.Logs.Events.Last(e => e.MessageTemplate.Text.StartsWith("HTTP {RequestMethod} {RequestPath}", StringComparison.Ordinal)
            && e.Properties["RequestPath"].ToString() == "\"/health/live\"");
        Assert.Equal(("\"GET\"", "200"), (line.Properties["RequestMethod"].ToString(), line.Properties["StatusCode"].ToString()));
        Assert.True(line.Properties.ContainsKey("Elapsed"));
        Assert.DoesNotContain("secret-token-123", app.Logs.AllText());
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
    public async Task An_outage_is_logged_once_as_a_warning_without_a_stack_trace_per_request()
    {
        var client = app.CreateHttpsClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/account/login")).StatusCode);
        }
        var events = app.Logs.Events;
        Assert.Single(events, e => e.RenderMessage().StartsWith("The database can't be reached", StringComparison.Ordinal));
        Assert.DoesNotContain(events, e => e.Exception is not null);
        Assert.DoesNotContain(events, e => e.Level >= Serilog.Events.LogEventLevel.Error);
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
