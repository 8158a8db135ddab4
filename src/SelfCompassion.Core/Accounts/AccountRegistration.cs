using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Accounts;

public sealed record Registration(string DisplayName, string Email, string Password, string? TimeZoneId);

/// <summary>Builds the absolute links that account emails carry; the web layer knows the site's address.</summary>
public interface IAccountLinks
{
    string ConfirmEmail(string userId, string code);

    string SignIn();

    string ForgotPassword();

    string ResetPassword(string code);
}

/// <summary>
/// Creates accounts without revealing which emails are already known: a known email gets a note
/// in its own inbox instead of a confirmation, and the person at the form sees the same page either way.
/// </summary>
public sealed class AccountRegistration(
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    AccountEmails emails,
    TimeProvider time,
    ILogger<AccountRegistration> logger)
{
    public async Task<IdentityResult> RegisterAsync(Registration registration, IAccountLinks links, CancellationToken cancellationToken = default)
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
            await emails.SendAlreadyRegisteredAsync(email, links.SignIn(), links.ForgotPassword(), cancellationToken);
            logger.LogInformation("Registration attempted for an existing account {UserId}", existing.Id);
            return IdentityResult.Success;
        }

        var created = await users.CreateAsync(user, registration.Password);
        if (!created.Succeeded)
        {
            return created;
        }
        logger.LogInformation("Account {UserId} created", user.Id);
        await SendConfirmationAsync(user, links, cancellationToken);
        return IdentityResult.Success;
    }

    /// <summary>Sends a fresh link when the account exists and still needs confirming; otherwise does nothing, silently.</summary>
    public async Task ResendConfirmationAsync(string email, IAccountLinks links, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || await users.IsEmailConfirmedAsync(user))
        {
            return;
        }
        await SendConfirmationAsync(user, links, cancellationToken);
    }

    private async Task SendConfirmationAsync(ApplicationUser user, IAccountLinks links, CancellationToken cancellationToken)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var code = EmailTokens.Encode(token);
        await emails.SendConfirmationAsync(user.Email!, user.DisplayName, links.ConfirmEmail(user.Id, code), cancellationToken);
    }
}
