using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http;

public class BadInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<int> UserCountAsync(string email)
    {
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        return await db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant());
    }

    private async Task AssertNothingStoredAsync(string email) => Assert.Equal(0, await UserCountAsync(email));

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("two@@example.com")]
    public async Task A_malformed_email_is_explained_beside_the_field(string email)
    {
        var person = TestUser.Create("Noor");
        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person, f => f.Set("Input.Email", email));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please enter an email address like name@example.com.", page.ErrorFor("Input.Email"));
        Assert.Equal("Noor", page.ValueOf("Input.DisplayName"));
        Assert.Equal(email, page.ValueOf("Input.Email"));
        Assert.Equal("true", page.Document.QuerySelector("#Input_Email")?.GetAttribute("aria-invalid"));
        await AssertNothingStoredAsync(email);
    }

    [Fact]
    public async Task A_short_password_is_explained_and_the_rest_is_kept()
    {
        var person = TestUser.Create("Noor");
        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person with { Password = "short pw" });

        Assert.Equal("Please choose a password of 12 to 128 characters.", page.ErrorFor("Input.Password"));
        Assert.Equal(person.Email, page.ValueOf("Input.Email"));
        Assert.Equal("", page.ValueOf("Input.Password"));
        await AssertNothingStoredAsync(person.Email);
    }

    [Fact]
    public async Task A_common_password_is_explained_beside_the_field()
    {
        var person = TestUser.Create() with { Password = "qwerty123456" };
        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person);

        Assert.Contains("one of the most common ones", page.ErrorFor("Input.Password"));
        await AssertNothingStoredAsync(person.Email);
    }

    [Fact]
    public async Task A_mismatched_confirmation_is_explained_beside_it()
    {
        var person = TestUser.Create();
        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person,
            f => f.Set("Input.ConfirmPassword", person.Password + " typo"));

        Assert.Contains("don't match yet", page.ErrorFor("Input.ConfirmPassword"));
        await AssertNothingStoredAsync(person.Email);
    }

    [Fact]
    public async Task A_ten_thousand_character_name_is_refused_calmly()
    {
        var person = TestUser.Create();
        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person,
            f => f.Set("Input.DisplayName", new string('n', 10_000)));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please keep the name to 100 characters or fewer.", page.ErrorFor("Input.DisplayName"));
        await AssertNothingStoredAsync(person.Email);
    }

    [Fact]
    public async Task A_ten_thousand_character_email_is_refused_calmly()
    {
        var email = new string('e', 10_000) + "@example.test";
        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), TestUser.Create(), f => f.Set("Input.Email", email));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("254 characters", page.ErrorFor("Input.Email"));
        await AssertNothingStoredAsync(email);
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_gets_400_and_stores_nothing()
    {
        var person = TestUser.Create();
        var client = app.CreateBrowserlikeClient();
        var form = (await HtmlPage.GetAsync(client, "/account/register")).Form()
            .Set("Input.DisplayName", person.DisplayName).Set("Input.Email", person.Email)
            .Set("Input.Password", person.Password).Set("Input.ConfirmPassword", person.Password)
            .Remove("__RequestVerificationToken");

        var response = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Let's try that again", (await HtmlPage.ParseAsync(response)).Text);
        await AssertNothingStoredAsync(person.Email);
    }

    [Fact]
    public async Task A_post_with_a_forged_antiforgery_token_gets_400_and_stores_nothing()
    {
        var person = TestUser.Create();
        var client = app.CreateBrowserlikeClient();
        var form = (await HtmlPage.GetAsync(client, "/account/register")).Form()
            .Set("Input.DisplayName", person.DisplayName).Set("Input.Email", person.Email)
            .Set("Input.Password", person.Password).Set("Input.ConfirmPassword", person.Password)
            .Set("__RequestVerificationToken", "CfDJ8forged-token-value");

        var response = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync(person.Email);
    }

    [Fact]
    public async Task A_tampered_confirmation_link_is_explained_and_confirms_nothing()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person);
        var link = app.Mail.LinkTo(person.Email, "/account/confirm-email");
        var tampered = link.PathAndQuery.Replace("code=", "code=AAAA");

        var page = await HtmlPage.GetAsync(client, tampered);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("This link didn't work", page.Text);
        Assert.Contains("Please confirm your email first", (await AccountPages.SignInAsync(client, person)).Text);
    }

    [Theory]
    [InlineData("/account/confirm-email")]
    [InlineData("/account/confirm-email?userId=nobody&code=%%%")]
    [InlineData("/account/confirm-email?userId=&code=")]
    public async Task A_broken_confirmation_link_gets_a_clear_page_not_an_error(string url)
    {
        var page = await HtmlPage.GetAsync(app.CreateBrowserlikeClient(), url);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("Send me a new link", page.Text);
    }

    [Fact]
    public async Task An_expired_confirmation_link_is_explained()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.RegisterAsync(client, person);
        var link = app.Mail.LinkTo(person.Email, "/account/confirm-email");

        // Tokens are bound to the security stamp; changing it is how Identity expires every outstanding link.
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<SelfCompassion.Accounts.ApplicationUser>>();
            var user = await users.FindByEmailAsync(person.Email);
            await users.UpdateSecurityStampAsync(user!);
        }

        var page = await HtmlPage.GetAsync(client, link.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains("It may have expired", page.Text);
    }

    [Fact]
    public async Task A_tampered_reset_link_is_explained_and_changes_nothing()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();
        await AccountPages.SignUpAsync(client, app.Mail, person);
        await AccountPages.SignOutAsync(client);

        var forgot = await HtmlPage.GetAsync(client, "/account/forgot-password");
        await forgot.Form().Set("Input.Email", person.Email).SubmitAsync(client);
        var link = app.Mail.LinkTo(person.Email, "/account/reset-password");

        var reset = await HtmlPage.GetAsync(client, link.PathAndQuery.Replace("code=", "code=BBBB"));
        var response = await reset.Form()
            .Set("Input.Email", person.Email)
            .Set("Input.Password", "a brand new password here")
            .Set("Input.ConfirmPassword", "a brand new password here")
            .SubmitAsync(client);
        var page = await HtmlPage.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("expired or was changed", page.FormErrors());
        Assert.Equal(person.Email, page.ValueOf("Input.Email"));
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
    }
}
