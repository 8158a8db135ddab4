using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.TwoFactor;
using SelfCompassion.Common;
using SelfCompassion.Portability;

namespace SelfCompassion.Tests.Services;

/// <summary>
/// The account's use cases when the same form is sent twice. Each "press" is a scope that read the account before the
/// other saved, as two requests meeting at the database do, so the meeting is certain rather than left to timing.
/// </summary>
public class AccountRepeatTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_name_saved_from_an_older_read_is_done_when_the_account_holds_it_and_a_conflict_when_not()
    {
        var (id, _) = await PersonAsync();
        await using var first = Press(id);
        await using var second = Press(id);
        await using var other = Press(id);
        var (user1, user2, user3) = (await UserAsync(first, id), await UserAsync(second, id), await UserAsync(other, id));

        Assert.True((await Profile(first).UpdateAsync(user1, "Robin", "Europe/London")).Succeeded);
        var again = await Profile(second).UpdateAsync(user2, "Robin ", "Europe/London");
        var different = await Profile(other).UpdateAsync(user3, "Sam", "Europe/London");

        Assert.True(again.Succeeded);
        Assert.Equal("Your account was changed somewhere else just now (perhaps in another tab), so this wasn't saved. Please check it and try again.",
            Assert.Single(different.Errors).Description);
    }

    [Fact]
    public async Task A_password_change_sent_twice_is_made_once_and_answered_as_made_both_times()
    {
        var (id, person) = await PersonAsync();
        await using var first = Press(id);
        await using var second = Press(id);
        var (user1, user2) = (await UserAsync(first, id), await UserAsync(second, id));

        Assert.True((await Profile(first).ChangePasswordAsync(user1, person.Password, "a slower morning with tea", null)).Succeeded);
        Assert.True((await Profile(second).ChangePasswordAsync(user2, person.Password, "a slower morning with tea", null)).Succeeded);
        await using var later = Press(id);
        Assert.True((await Profile(later).ChangePasswordAsync(await UserAsync(later, id), person.Password, "a slower morning with tea", null)).Succeeded);

        await using var check = Press(id);
        Assert.True(await check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().CheckPasswordAsync(await UserAsync(check, id), "a slower morning with tea"));
    }

    [Fact]
    public async Task The_password_form_never_says_whether_a_guess_is_the_password_when_nothing_was_changed_lately()
    {
        var (id, person) = await PersonAsync();
        await using var scope = Press(id);

        var guess = await Profile(scope).ChangePasswordAsync(await UserAsync(scope, id), "not my password", person.Password, null);

        Assert.Equal(nameof(IdentityErrorDescriber.PasswordMismatch), Assert.Single(guess.Errors).Code);
    }

    [Fact]
    public async Task Deleting_the_account_twice_at_once_is_done_both_times()
    {
        var (id, person) = await PersonAsync();
        await using var first = Press(id);
        await using var second = Press(id);
        var (user1, user2) = (await UserAsync(first, id), await UserAsync(second, id));

        Assert.Equal(OutcomeStatus.Done, (await Deletion(first).DeleteAsync(user1, person.Password, null)).Status);
        Assert.Equal(OutcomeStatus.Done, (await Deletion(second).DeleteAsync(user2, person.Password, null)).Status);

        await using var check = Press(id);
        Assert.Null(await check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(id));
    }

    [Fact]
    public async Task Two_step_sign_in_turned_on_twice_at_once_answers_both_with_codes_and_the_later_ones_work()
    {
        var (id, _) = await PersonAsync();
        string key;
        await using (var setup = Press(id))
        {
            key = (await TwoFactor(setup).SetupAsync(await UserAsync(setup, id))).SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        }
        var code = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key)).ComputeTotp();
        await using var first = Press(id);
        await using var second = Press(id);
        var (user1, user2) = (await UserAsync(first, id), await UserAsync(second, id));

        Assert.NotNull(await TwoFactor(first).TurnOnAsync(user1, code, null));
        var shownLast = await TwoFactor(second).TurnOnAsync(user2, code, null);

        Assert.NotNull(shownLast);
        await using var check = Press(id);
        var users = check.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await UserAsync(check, id);
        Assert.True(user.TwoFactorEnabled);
        Assert.True((await users.RedeemTwoFactorRecoveryCodeAsync(user, shownLast[0])).Succeeded);
    }

    [Fact]
    public async Task A_code_last_used_to_sign_in_makes_no_new_recovery_codes_without_the_password()
    {
        var (id, _) = await PersonAsync();
        await using var scope = Press(id);
        var user = await UserAsync(scope, id);
        var key = (await TwoFactor(scope).SetupAsync(user)).SharedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        var totp = new OtpNet.Totp(OtpNet.Base32Encoding.ToBytes(key));
        Assert.NotNull(await TwoFactor(scope).TurnOnAsync(user, totp.ComputeTotp(), null));
        var later = DateTimeOffset.UtcNow.AddMinutes(3);
        app.Clock.Freeze(later);
        try
        {
            var signInCode = totp.ComputeTotp(later.UtcDateTime);
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            Assert.True(await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, signInCode));

            Assert.Null(await TwoFactor(scope).TurnOnAsync(user, signInCode, null));
        }
        finally
        {
            app.Clock.Thaw();
        }
    }

    private async Task<(string Id, TestUser Person)> PersonAsync()
    {
        var person = TestUser.Create();
        return (await People.CreateAsync(app, person), person);
    }

    /// <summary>A scope for one request of the person's, with a request to write its sign-in cookie on.</summary>
    private AsyncServiceScope Press(string id)
    {
        var scope = People.ScopeFor(app, id);
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        return scope;
    }

    private static async Task<ApplicationUser> UserAsync(AsyncServiceScope scope, string id) =>
        (await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByIdAsync(id))!;

    private static AccountProfile Profile(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AccountProfile>();

    private static AccountTwoFactor TwoFactor(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AccountTwoFactor>();

    private static AccountDeletion Deletion(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AccountDeletion>();
}
