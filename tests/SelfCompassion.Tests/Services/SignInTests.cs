using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;

namespace SelfCompassion.Tests.Services;

public class SignInTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<TestUser> CreateAsync(bool confirmed)
    {
        var person = TestUser.Create();
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var result = await users.CreateAsync(
            new ApplicationUser { UserName = person.Email, Email = person.Email, DisplayName = person.DisplayName, EmailConfirmed = confirmed },
            person.Password);
        Assert.True(result.Succeeded);
        return person;
    }

    private async Task<SignInOutcome> SignInAsync(string email, string password)
    {
        using var scope = app.Services.CreateScope();
        // SignInManager writes a cookie, so it needs a request to write it on.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext =
            new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return await scope.ServiceProvider.GetRequiredService<AccountSignIn>().SignInAsync(email, password, remember: false, origin: "https://localhost");
    }

    private async Task<ApplicationUser> LoadAsync(string email)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email))!;
    }

    [Fact]
    public async Task The_right_password_signs_in()
    {
        var person = await CreateAsync(confirmed: true);
        Assert.Equal(SignInOutcome.SignedIn, await SignInAsync(person.Email, person.Password));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_fifteen_minutes()
    {
        var person = await CreateAsync(confirmed: true);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(SignInOutcome.Refused, await SignInAsync(person.Email, "not the right one at all"));
        }

        var user = await LoadAsync(person.Email);
        Assert.NotNull(user.LockoutEnd);
        var remaining = user.LockoutEnd!.Value - DateTimeOffset.UtcNow;
        Assert.InRange(remaining, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Equal(SignInOutcome.Refused, await SignInAsync(person.Email, person.Password));
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var person = await CreateAsync(confirmed: true);
        for (var i = 0; i < 4; i++)
        {
            await SignInAsync(person.Email, "not the right one at all");
        }
        Assert.Equal(SignInOutcome.SignedIn, await SignInAsync(person.Email, person.Password));
    }

    [Fact]
    public async Task An_unknown_email_is_refused_exactly_like_a_wrong_password()
    {
        var person = await CreateAsync(confirmed: true);
        Assert.Equal(SignInOutcome.Refused, await SignInAsync("nobody-" + person.Email, person.Password));
        Assert.Equal(SignInOutcome.Refused, await SignInAsync(person.Email, "not the right one at all"));
    }

    [Fact]
    public async Task An_unconfirmed_account_is_asked_to_confirm_only_when_the_password_is_right()
    {
        var person = await CreateAsync(confirmed: false);
        Assert.Equal(SignInOutcome.Refused, await SignInAsync(person.Email, "not the right one at all"));
        Assert.Equal(SignInOutcome.NeedsConfirmation, await SignInAsync(person.Email, person.Password));
        Assert.Equal(1, (await LoadAsync(person.Email)).AccessFailedCount);
    }

    [Fact]
    public async Task An_unconfirmed_account_stops_answering_after_five_wrong_passwords()
    {
        var person = await CreateAsync(confirmed: false);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(SignInOutcome.Refused, await SignInAsync(person.Email, "not the right one at all"));
        }
        // Even the right password now gets the same answer as a wrong one, so guessing can't go on.
        Assert.Equal(SignInOutcome.Refused, await SignInAsync(person.Email, person.Password));
    }
}
