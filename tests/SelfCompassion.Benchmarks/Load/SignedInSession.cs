using System.Net;
using System.Text.RegularExpressions;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Load;

/// <summary>A person signed in through the real form: the cookies a browser would send, and an antiforgery token for forms.</summary>
internal sealed partial class SignedInSession
{
    private SignedInSession(HttpClient client, CookieContainer cookies, Uri address) => (Client, Cookies, Address) = (client, cookies, address);

    public HttpClient Client { get; }

    public CookieContainer Cookies { get; }

    public Uri Address { get; }

    /// <summary>Every cookie for the site, as one Cookie header.</summary>
    public string CookieHeader => Cookies.GetCookieHeader(Address);

    public static async Task<SignedInSession> SignInAsync(Uri address, TestUser person)
    {
        var cookies = new CookieContainer();
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = address };
        var token = await TokenAsync(client, "/account/login");
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Email"] = person.Email,
            ["Input.Password"] = person.Password,
            ["__RequestVerificationToken"] = token,
        }));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in answered {response.StatusCode}.");
        }
        return new SignedInSession(client, cookies, address);
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return TokenField().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    /// <summary>Fails loudly when a page would not really be served to this person (a redirect to sign in is not a page).</summary>
    public async Task EnsureOkAsync(string path, string? body = null)
    {
        using var response = body is null
            ? await Client.GetAsync(path)
            : await Client.PostAsync(path, new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        var expected = body is null || path == "/journal" ? HttpStatusCode.OK : HttpStatusCode.Redirect;
        if (response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{path} answered {response.StatusCode}, not {expected}.");
        }
        if (response.Headers.Location is { } next)
        {
            // As a browser would: the page after a save reads the note carried to it, and its cookie goes. Left
            // behind, that cookie would be sent with every request of the load run and opened on each.
            using var landed = await Client.GetAsync(next);
            if (landed.StatusCode != HttpStatusCode.OK)
            {
                throw new InvalidOperationException($"{path} led to {next}, which answered {landed.StatusCode}.");
            }
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
