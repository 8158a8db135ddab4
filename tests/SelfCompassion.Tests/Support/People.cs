using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Consent;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Ownership;

namespace SelfCompassion.Tests.Support;

/// <summary>Makes confirmed users directly and gives service tests a scope that acts for one person, as a request would.</summary>
public static class People
{
    public static async Task<string> CreateAsync(AppFactory app, string timeZone = "UTC") =>
        await CreateAsync(app, TestUser.Create(), timeZone);

    /// <summary>A confirmed person who has consented to the privacy notice (unless <paramref name="consented"/> is false).</summary>
    public static async Task<string> CreateAsync(AppFactory app, TestUser person, string timeZone = "UTC", bool consented = true)
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
            CreatedAt = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(),
        };
        var result = await users.CreateAsync(user, person.Password);
        Assert.True(result.Succeeded);
        if (consented)
        {
            await using var own = ScopeFor(app, user.Id);
            await own.ServiceProvider.GetRequiredService<PrivacyConsent>().GiveAsync();
        }
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

    /// <summary>A confirmed person, signed in through the real form, with what they'd type again (their password).</summary>
    public static async Task<(HttpClient Client, TestUser Person)> SignedInPersonAsync(AppFactory app)
    {
        var person = TestUser.Create();
        await CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        return (client, person);
    }

    /// <summary>A scope acting for the owner (or for nobody), set directly as a command-line job would.</summary>
    public static AsyncServiceScope ScopeFor(AppFactory app, string? ownerId)
    {
        var scope = app.Services.CreateAsyncScope();
        if (ownerId is not null)
        {
            scope.ServiceProvider.GetRequiredService<CurrentOwner>().Set(ownerId);
        }
        return scope;
    }

    public static JournalEntries Entries(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<JournalEntries>();

    public static JournalReframes Reframes(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<JournalReframes>();

    public static JournalList JournalList(this AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<JournalList>();

    /// <summary>The journal's three use-case homes, for a test that uses several.</summary>
    public static (JournalEntries Entries, JournalReframes Reframes, JournalList List) Journal(this AsyncServiceScope scope) =>
        (scope.Entries(), scope.Reframes(), scope.JournalList());
}
