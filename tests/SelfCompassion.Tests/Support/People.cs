using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;
using SelfCompassion.Journal;

namespace SelfCompassion.Tests.Support;

/// <summary>Makes confirmed users directly and gives service tests a scope that acts as that user's request.</summary>
public static class People
{
    public static async Task<string> CreateAsync(AppFactory app, string timeZone = "UTC") =>
        await CreateAsync(app, TestUser.Create(), timeZone);

    public static async Task<string> CreateAsync(AppFactory app, TestUser person, string timeZone = "UTC")
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = new ApplicationUser
        {
            UserName = person.Email,
            Email = person.Email,
            DisplayName = person.DisplayName,
            EmailConfirmed = true,
            TimeZoneId = timeZone,
        };
        var result = await users.CreateAsync(user, person.Password);
        Assert.True(result.Succeeded);
        return user.Id;
    }

    /// <summary>A confirmed person, signed in through the real form on a client of their own.</summary>
    public static async Task<(HttpClient Client, string OwnerId)> SignedInAsync(AppFactory app, string timeZone = "UTC")
    {
        var person = TestUser.Create();
        var id = await CreateAsync(app, person, timeZone);
        var client = app.CreateBrowserlikeClient();
        var signedIn = await AccountPages.SignInAsync(client, person);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, signedIn.Status);
        return (client, id);
    }

    /// <summary>A request scope signed in as the owner (or as nobody), as the web app would make one.</summary>
    public static AsyncServiceScope ScopeFor(AppFactory app, string? ownerId)
    {
        var scope = app.Services.CreateAsyncScope();
        var identity = ownerId is null ? new ClaimsIdentity() : new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, ownerId)], "test");
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { RequestServices = scope.ServiceProvider, User = new ClaimsPrincipal(identity) };
        return scope;
    }

    public static JournalService Journal(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<JournalService>();
}
