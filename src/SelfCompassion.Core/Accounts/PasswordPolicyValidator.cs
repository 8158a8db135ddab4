using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Accounts;

/// <summary>
/// Adds what Identity's own validator lacks for ASVS v5: an upper length bound, a check against
/// the bundled common-password list, and a refusal of passwords that are just the account's own details.
/// </summary>
public sealed class PasswordPolicyValidator : IPasswordValidator<ApplicationUser>
{
    public const string TooLongCode = "PasswordTooLong";
    public const string CommonCode = "PasswordCommon";
    public const string PersonalCode = "PasswordPersonal";

    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Length > PasswordRules.MaximumLength)
        {
            errors.Add(new IdentityError
            {
                Code = TooLongCode,
                Description = $"Please choose a password of up to {PasswordRules.MaximumLength} characters.",
            });
        }
        else if (CommonPasswords.Bundled.Contains(password))
        {
            errors.Add(new IdentityError
            {
                Code = CommonCode,
                Description = "That password is one of the most common ones, so it's easy to guess. A few unrelated words together make a strong one.",
            });
        }
        else if (IsPersonal(password, user))
        {
            errors.Add(new IdentityError
            {
                Code = PersonalCode,
                Description = "Please choose a password that isn't your email address or name.",
            });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private static bool IsPersonal(string password, ApplicationUser user) =>
        string.Equals(password, user.Email, StringComparison.OrdinalIgnoreCase)
        || string.Equals(password, user.UserName, StringComparison.OrdinalIgnoreCase)
        || string.Equals(password, user.DisplayName, StringComparison.OrdinalIgnoreCase);
}
