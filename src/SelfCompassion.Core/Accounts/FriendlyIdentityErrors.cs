using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Accounts;

/// <summary>Identity's messages in the app's voice: calm, specific, and saying what to do.</summary>
public sealed class FriendlyIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new()
    {
        Code = nameof(PasswordTooShort),
        Description = $"Please choose a password of at least {length} characters. A short phrase you'll remember works well.",
    };

    public override IdentityError PasswordMismatch() => new()
    {
        Code = nameof(PasswordMismatch),
        Description = "That current password isn't right. Please try again.",
    };

    public override IdentityError InvalidToken() => new()
    {
        Code = nameof(InvalidToken),
        Description = "This link has expired or was changed. You can ask for a new one.",
    };

    public override IdentityError InvalidEmail(string? email) => new()
    {
        Code = nameof(InvalidEmail),
        Description = "Please enter an email address like name@example.com.",
    };

    public override IdentityError InvalidUserName(string? userName) => InvalidEmail(userName);

    public override IdentityError ConcurrencyFailure() => new()
    {
        Code = nameof(ConcurrencyFailure),
        Description = "Your account was changed somewhere else just now (perhaps in another tab), so this wasn't saved. Please check it and try again.",
    };

    // Duplicate emails are handled without telling anyone the address is known; these only surface on a race.
    public override IdentityError DuplicateEmail(string email) => new()
    {
        Code = nameof(DuplicateEmail),
        Description = "We couldn't create the account with that email. If it's yours, try signing in or resetting the password.",
    };

    public override IdentityError DuplicateUserName(string userName) => DuplicateEmail(userName);
}
