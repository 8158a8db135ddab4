using System.Net;

namespace SelfCompassion.Tests.Support;

public sealed record TestUser(string DisplayName, string Email, string Password)
{
    /// <summary>A unique person per test, so tests never share an account.</summary>
    public static TestUser Create(string name = "Robin") =>
        new(name, $"{name.ToLowerInvariant()}-{Guid.NewGuid():N}@example.test", $"gentle river morning {Guid.NewGuid():N}"[..32]);
}

/// <summary>The account forms, filled in and submitted the way a person would.</summary>
public static class AccountPages
{
    public static async Task<HtmlPage> RegisterAsync(HttpClient client, TestUser user, Action<HtmlForm>? adjust = null)
    {
        var page = await HtmlPage.GetAsync(client, "/account/register");
        var form = page.Form()
            .Set("Input.DisplayName", user.DisplayName)
            .Set("Input.Email", user.Email)
            .Set("Input.Password", user.Password)
            .Set("Input.ConfirmPassword", user.Password)
            .Set("Input.TimeZone", "Europe/Dublin");
        adjust?.Invoke(form);
        return await HtmlPage.ParseAsync(await form.SubmitAsync(client));
    }

    public static async Task<HttpResponseMessage> ConfirmFromMailAsync(HttpClient client, Mailbox mail, TestUser user)
    {
        var link = mail.LinkTo(user.Email, "/account/confirm-email");
        return await client.GetAsync(link.PathAndQuery);
    }

    public static async Task<HtmlPage> SignInAsync(HttpClient client, TestUser user, string? password = null)
    {
        var page = await HtmlPage.GetAsync(client, "/account/login");
        var form = page.Form()
            .Set("Input.Email", user.Email)
            .Set("Input.Password", password ?? user.Password);
        return await HtmlPage.ParseAsync(await form.SubmitAsync(client));
    }

    /// <summary>Registers, confirms from the mail and signs in: the start of most journeys.</summary>
    public static async Task SignUpAsync(HttpClient client, Mailbox mail, TestUser user)
    {
        var registered = await RegisterAsync(client, user);
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        var confirmed = await ConfirmFromMailAsync(client, mail, user);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var signedIn = await SignInAsync(client, user);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.Status);
    }

    /// <summary>The sign-in cookie a response set, as someone who copied it would send it.</summary>
    public static string SignInCookie(HtmlPage signedIn) =>
        signedIn.Response.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]).Last(c => c.Contains("sc-auth=", StringComparison.Ordinal));

    /// <summary>Whether a request carrying only this cookie still reaches the journal.</summary>
    public static async Task<bool> CookieOpensJournalAsync(AppFactory app, string cookie)
    {
        var stranger = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/journal");
        request.Headers.Add("Cookie", cookie);
        return (await stranger.SendAsync(request)).StatusCode == HttpStatusCode.OK;
    }

    public static async Task<HttpResponseMessage> ChangePasswordAsync(HttpClient client, TestUser user, string newPassword)
    {
        var form = (await HtmlPage.GetAsync(client, "/account/password")).Form()
            .Set("Input.OldPassword", user.Password).Set("Input.NewPassword", newPassword).Set("Input.ConfirmPassword", newPassword);
        return await form.SubmitAsync(client);
    }

    public static async Task<HttpResponseMessage> SignOutAsync(HttpClient client)
    {
        var home = await HtmlPage.GetAsync(client, "/");
        var response = await home.Form("form[action='/account/logout']").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response;
    }
}
