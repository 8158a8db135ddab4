using Microsoft.AspNetCore.Identity;
using SelfCompassion.Email;

namespace SelfCompassion.Accounts;

/// <summary>
/// The account mails, worded once and written when they are sent. An ask for an address without an account (or
/// already confirmed, for a confirmation) writes nothing, so the asking page never needs to know which it was.
/// </summary>
public sealed class AccountMail(UserManager<ApplicationUser> users) : IMailComposer
{
    public const string Confirmation = "confirm-email";
    public const string AlreadyRegistered = "already-registered";
    public const string PasswordReset = "reset-password";
    public const string SignInAlert = "sign-in-alert";

    public bool Composes(string kind) => kind is Confirmation or AlreadyRegistered or PasswordReset or SignInAlert;

    public async Task<EmailMessage?> ComposeAsync(MailRequest request, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(request.To);
        if (user is null)
        {
            return null;
        }
        var links = new AccountLinks(request.Origin);
        var back = request.Details?.GetValueOrDefault(AccountLinks.ReturnUrl);
        return request.Kind switch
        {
            Confirmation when !user.EmailConfirmed => ConfirmationMail(user, links.ConfirmEmail(user.Id, EmailTokens.Encode(await users.GenerateEmailConfirmationTokenAsync(user)), back)),
            AlreadyRegistered => AlreadyRegisteredMail(user, links, back),
            PasswordReset when user.EmailConfirmed => ResetMail(user, links.ResetPassword(EmailTokens.Encode(await users.GeneratePasswordResetTokenAsync(user)))),
            SignInAlert => SignInAlertMail(user, links, request.Details ?? new Dictionary<string, string>()),
            _ => null,
        };
    }

    private static EmailMessage ConfirmationMail(ApplicationUser user, string confirmLink) =>
        new(user.Email!, "Please confirm your email for SelfCompassion", $"""
            Hello {user.DisplayName},

            Welcome to SelfCompassion. To finish creating your account, please open this link:

            {confirmLink}

            The link works for 24 hours. If you didn't create an account, you can ignore this email and nothing will happen.

            Take care,
            SelfCompassion
            """);

    private static EmailMessage AlreadyRegisteredMail(ApplicationUser user, AccountLinks links, string? back) =>
        new(user.Email!, "You already have a SelfCompassion account", $"""
            Hello,

            Someone, perhaps you, tried to create a SelfCompassion account with this email address. You already have one.

            To sign in: {links.SignIn(back)}
            If you've forgotten your password: {links.ForgotPassword()}

            If this wasn't you, you don't need to do anything; your account is unchanged.

            Take care,
            SelfCompassion
            """);

    private static EmailMessage ResetMail(ApplicationUser user, string resetLink) =>
        new(user.Email!, "Reset your SelfCompassion password", $"""
            Hello {user.DisplayName},

            You asked to reset your password. To choose a new one, please open this link:

            {resetLink}

            The link works for 24 hours. If you didn't ask for this, you can ignore this email; your password stays the same.

            Take care,
            SelfCompassion
            """);

    private static EmailMessage SignInAlertMail(ApplicationUser user, AccountLinks links, IReadOnlyDictionary<string, string> details) =>
        new(user.Email!, "A new sign-in to your SelfCompassion account", $"""
            Hello {user.DisplayName},

            Your account was just signed in to from a browser it hasn't seen before:

            When: {details.GetValueOrDefault("When", "just now")}
            Browser: {details.GetValueOrDefault("Browser", "unknown")}
            From: {details.GetValueOrDefault("Place", "unknown")}

            If this was you, there's nothing to do. If it wasn't, you can sign that browser out and change your password here:
            {links.Sessions()}

            Take care,
            SelfCompassion
            """);
}
