using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Accounts;

/// <summary>Forgotten-password links that never reveal whether an email has an account.</summary>
public sealed class PasswordReset(
    UserManager<ApplicationUser> users,
    AccountEmails emails,
    ILogger<PasswordReset> logger)
{
    public async Task SendLinkAsync(string email, IAccountLinks links, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || !await users.IsEmailConfirmedAsync(user))
        {
            return;
        }
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = EmailTokens.Encode(token);
        await emails.SendPasswordResetAsync(user.Email!, user.DisplayName, links.ResetPassword(code), cancellationToken);
        logger.LogInformation("Password reset link sent to user {UserId}", user.Id);
    }

    public async Task<IdentityResult> ResetAsync(string email, string code, string newPassword)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        var token = EmailTokens.Decode(code);
        if (token is null)
        {
            return IdentityResult.Failed(users.ErrorDescriber.InvalidToken());
        }
        if (user is null)
        {
            // Answer as if it worked; the person at the form learns nothing about which emails exist.
            return IdentityResult.Success;
        }
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Succeeded)
        {
            // Proving control of the inbox is enough to lift a lockout.
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
            logger.LogInformation("User {UserId} reset their password", user.Id);
        }
        return result;
    }
}
