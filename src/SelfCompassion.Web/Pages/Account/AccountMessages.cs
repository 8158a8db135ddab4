using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Validation wording shared by the account forms, in the app's voice.</summary>
public static class AccountMessages
{
    // RFC 5321 caps a forward path at 256 octets including the brackets.
    public const int EmailMaxLength = 254;

    public const string EmailRequired = "Please enter your email address.";
    public const string EmailInvalid = "Please enter an email address like name@example.com.";
    public const string EmailTooLong = "That email address is longer than any we can use (254 characters at most).";
    public const string PasswordLength = "Please choose a password of {2} to {1} characters.";
    public const string PasswordsDiffer = "The two passwords don't match yet. Please type the same password twice.";

    /// <summary>Puts an Identity error beside the field it is about.</summary>
    public static string FieldFor(IdentityError error, string prefix, string passwordField = "Password") =>
        error.Code switch
        {
            _ when error.Code.StartsWith("Password", StringComparison.Ordinal) && error.Code != nameof(IdentityErrorDescriber.PasswordMismatch)
                => $"{prefix}.{passwordField}",
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName)
                or nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => $"{prefix}.Email",
            _ => "",
        };
}
