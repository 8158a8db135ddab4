using SelfCompassion.Email;

namespace SelfCompassion.Accounts;

/// <summary>The account emails, worded once; pages supply the links because only they know the site's address.</summary>
public sealed class AccountEmails(IEmailSender sender)
{
    public Task SendConfirmationAsync(string email, string displayName, string confirmLink, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(email, "Please confirm your email for SelfCompassion", $"""
            Hello {displayName},

            Welcome to SelfCompassion. To finish creating your account, please open this link:

            {confirmLink}

            The link works for 24 hours. If you didn't create an account, you can ignore this email and nothing will happen.

            Take care,
            SelfCompassion
            """), cancellationToken);

    /// <summary>Sent instead of a confirmation when someone registers with an address that already has an account.</summary>
    public Task SendAlreadyRegisteredAsync(string email, string signInLink, string resetLink, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(email, "You already have a SelfCompassion account", $"""
            Hello,

            Someone, perhaps you, tried to create a SelfCompassion account with this email address. You already have one.

            To sign in: {signInLink}
            If you've forgotten your password: {resetLink}

            If this wasn't you, you don't need to do anything; your account is unchanged.

            Take care,
            SelfCompassion
            """), cancellationToken);

    public Task SendPasswordResetAsync(string email, string displayName, string resetLink, CancellationToken cancellationToken = default) =>
        sender.SendAsync(new EmailMessage(email, "Reset your SelfCompassion password", $"""
            Hello {displayName},

            You asked to reset your password. To choose a new one, please open this link:

            {resetLink}

            The link works for 24 hours. If you didn't ask for this, you can ignore this email; your password stays the same.

            Take care,
            SelfCompassion
            """), cancellationToken);
}
