using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Accounts;

/// <summary>Asking for the password again before something weighty (taking data out, bringing it in, deleting it).</summary>
public sealed class PasswordCheck(SignInManager<ApplicationUser> signIn)
{
    /// <summary>Whether the password is right; a wrong one counts toward the account's lockout, like at sign-in.</summary>
    public async Task<bool> IsRightAsync(ApplicationUser user, string password) =>
        (await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded;
}
