using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong email or password, or an account paused after too many tries: shown alike on purpose.</summary>
    Refused,

    /// <summary>The password is right but the email is not confirmed yet.</summary>
    NeedsConfirmation,
}

/// <summary>
/// Password sign-in that counts failures toward lockout and never tells a stranger whether an email has an account.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    ILogger<AccountSignIn> logger)
{
    private static readonly ApplicationUser Nobody = new();

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Spend the time a real check would, so response times don't reveal unknown emails.
            hasher.HashPassword(Nobody, password);
            return SignInOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("User {UserId} signed in", user.Id);
            return SignInOutcome.SignedIn;
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused for {UserId}: locked out", user.Id);
            return SignInOutcome.Refused;
        }
        if (result.IsNotAllowed)
        {
            // Identity refuses unconfirmed accounts before checking the password or the lockout; check both here,
            // so only the owner learns why, and guessing stays limited to five tries.
            if (await users.IsLockedOutAsync(user))
            {
                return SignInOutcome.Refused;
            }
            if (await users.CheckPasswordAsync(user, password))
            {
                return SignInOutcome.NeedsConfirmation;
            }
            await users.AccessFailedAsync(user);
        }
        logger.LogInformation("Sign-in failed for {UserId}", user.Id);
        return SignInOutcome.Refused;
    }
}
