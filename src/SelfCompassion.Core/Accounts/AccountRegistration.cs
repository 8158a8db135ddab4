using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SelfCompassion.Email;

namespace SelfCompassion.Accounts;

/// <param name="ReturnUrl">Where in this site to go once signed in (a local path), carried through the confirmation mail.</param>
public sealed record Registration(string DisplayName, string Email, string Password, string? TimeZoneId, string? ReturnUrl = null)
{
    /// <summary>The mail details that carry the way back, when it is a path in this site.</summary>
    internal IReadOnlyDictionary<string, string>? MailDetails =>
        AccountLinks.IsLocalPath(ReturnUrl) ? new Dictionary<string, string> { [AccountLinks.ReturnUrl] = ReturnUrl! } : null;
}

/// <summary>
/// Creates accounts without revealing which emails are already known: a known email gets a note
/// in its own inbox instead of a confirmation, and the person at the form sees the same page either way.
/// </summary>
public sealed class AccountRegistration(
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    MailOutbox outbox,
    TimeProvider time,
    ILogger<AccountRegistration> logger)
{
    public async Task<IdentityResult> RegisterAsync(Registration registration, string origin, CancellationToken cancellationToken = default)
    {
        var email = registration.Email.Trim();
        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = registration.DisplayName.Trim(),
            TimeZoneId = TimeZones.Normalize(registration.TimeZoneId),
            CreatedAt = time.GetUtcNow(),
        };

        foreach (var validator in users.PasswordValidators)
        {
            var check = await validator.ValidateAsync(users, user, registration.Password);
            if (!check.Succeeded)
            {
                return check;
            }
        }

        if (await users.FindByEmailAsync(email) is { } existing)
        {
            // Hash anyway so the response takes as long as a real sign-up would.
            hasher.HashPassword(existing, registration.Password);
            await outbox.EnqueueAsync(new MailRequest(AccountMail.AlreadyRegistered, email, origin, registration.MailDetails), cancellationToken);
            logger.LogInformation("Registration attempted for an existing account {UserId}", existing.Id);
            return IdentityResult.Success;
        }

        var created = await users.CreateAsync(user, registration.Password);
        if (!created.Succeeded)
        {
            return created;
        }
        logger.LogInformation("Account {UserId} created", user.Id);
        await outbox.EnqueueAsync(new MailRequest(AccountMail.Confirmation, email, origin, registration.MailDetails), cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>
    /// Asks for a fresh link. Whether the account exists and still needs confirming is decided when the mail is written,
    /// so this answers in the same time for every address.
    /// </summary>
    public Task ResendConfirmationAsync(string email, string origin, CancellationToken cancellationToken = default) =>
        outbox.EnqueueAsync(new MailRequest(AccountMail.Confirmation, email.Trim(), origin), cancellationToken);
}
