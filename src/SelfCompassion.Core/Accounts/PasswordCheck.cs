using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Accounts;

/// <summary>Asking for the password again before something weighty (taking data out, bringing it in, deleting it).</summary>
public sealed class PasswordCheck(SignInManager<ApplicationUser> signIn)
{
    public const string Wrong = "That password isn't right. Please try again.";

    public static readonly string Paused =
        $"After {PasswordRules.MaxFailedSignIns} tries in a row that didn't match, this pauses for {PasswordRules.LockoutDuration.TotalMinutes:0} minutes to keep your account safe. Please try again then.";

    /// <summary>Whether the password is right; a wrong one counts toward the account's lockout, like at sign-in.</summary>
    public async Task<bool> IsRightAsync(ApplicationUser user, string password) =>
        (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded;

    /// <summary>What to say after <see cref="IsRightAsync"/> said no: a paused account is told it is paused, not that its password is wrong.</summary>
    public async Task<string> RefusalAsync(ApplicationUser user) =>
        await signIn.UserManager.IsLockedOutAsync(user) ? Paused : Wrong;
}
