using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Email;

namespace SelfCompassion.Accounts;

/// <summary>Forgotten-password links that never reveal whether an email has an account.</summary>
public sealed class PasswordReset(
    UserManager<ApplicationUser> users,
    MailOutbox outbox,
    AccountSessions sessions,
    AccountActivity activity,
    ILogger<PasswordReset> logger)
{
    /// <summary>
    /// Asks for a reset link. Whether the address has a confirmed account is decided when the mail is written, so this
    /// answers in the same time for every address and tells the person at the form nothing.
    /// </summary>
    public Task SendLinkAsync(string email, string origin, CancellationToken cancellationToken = default) =>
        outbox.EnqueueAsync(new MailRequest(AccountMail.PasswordReset, email.Trim(), origin), cancellationToken);

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
            // Whoever might have had the old password is signed out everywhere.
            await sessions.EndAllAsync(user.Id, except: null);
            await activity.RecordAsync(user.Id, AccountEventKind.PasswordReset);
            logger.LogInformation("User {UserId} reset their password", user.Id);
        }
        return result;
    }
}
