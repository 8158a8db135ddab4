using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>
/// A browser left signed in must not become a way to guess the password: wrong ones count toward the account's
/// lockout there, as at the sign-in page.
/// </summary>
public class GuessingWhileSignedInTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Five_wrong_current_passwords_pause_changing_it_and_signing_in()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);

        for (var i = 0; i < 5; i++)
        {
            var wrong = await AccountPages.ChangePasswordAsync(client, person with { Password = $"a guess that is wrong {i}" }, "a brand new calm sentence");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        var right = await HtmlPage.ParseAsync(await AccountPages.ChangePasswordAsync(client, person, "a brand new calm sentence"));

        Assert.Equal(PasswordCheck.Paused, right.ErrorFor("Input.OldPassword"));
        // Paused at the sign-in page too, and the password never changed.
        Assert.Equal(HttpStatusCode.OK, (await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person)).Status);
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(person.Email))!, person.Password));
    }
}
