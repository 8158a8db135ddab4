using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;
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

    private static AccountDeletion Deletion(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AccountDeletion>();
}
