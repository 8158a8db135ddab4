using System.Net;

namespace SelfCompassion.Tests.Http;

/// <summary>Crafted requests that once gave a 500: each now gets its proper answer, and nothing is stored.</summary>
public class ProbeTests(ProductionAppFactory app) : IClassFixture<ProductionAppFactory>
{
    [Fact]
    public async Task An_empty_pattern_value_is_no_pattern_chosen()
    {
        var client = await SignedInAsync();
        var form = await JournalPages.NewEntryFormAsync(client);
        var response = await form.Forge("Input.Patterns", "").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task A_remember_me_that_is_not_yes_or_no_is_a_message_not_an_error_page()
    {
        var client = app.CreateHttpsClient();
        var page = await HtmlPage.GetAsync(client, "/account/login");
        var form = page.Form().Set("Input.Email", "someone@example.test").Set("Input.Password", "a long enough password").Remove("Input.RememberMe").Forge("Input.RememberMe", "maybe");
        var answer = await HtmlPage.ParseAsync(await form.SubmitAsync(client));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.DoesNotContain("   at ", answer.Text);
    }

    [Theory]
    [InlineData("TRACE", "/guide/self-compassion-in-mental-recovery")]
    [InlineData("TRACE", "/journal")]
    [InlineData("TRACE", "/")]
    [InlineData("PATCH", "/account/login")]
    public async Task An_unsupported_method_gets_405(string method, string path)
    {
        var response = await app.CreateHttpsClient().SendAsync(new HttpRequestMessage(new HttpMethod(method), path));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task A_trace_on_an_entry_gets_405()
    {
        var client = await SignedInAsync();
        var id = await JournalPages.CreateAsync(client);
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Trace, $"/journal/{id}"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateHttpsClient();
        var signedIn = await AccountPages.SignInAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
        return client;
    }
}
