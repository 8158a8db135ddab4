using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Accounts;

/// <summary>Changes to the signed-in person's own account, each refreshing the sign-in so the header shows it at once.</summary>
public sealed class AccountProfile(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    AccountSessions sessions,
    AccountActivity activity,
    ILogger<AccountProfile> logger)
{
    public const string UnknownTimeZone = nameof(UnknownTimeZone);

    public async Task<IdentityResult> UpdateAsync(ApplicationUser user, string displayName, string timeZoneId)
    {
        if (!TimeZones.All.Contains(timeZoneId))
        {
            return IdentityResult.Failed(new IdentityError { Code = UnknownTimeZone, Description = "Please choose a time zone from the list." });
        }
        user.DisplayName = displayName.Trim();
        user.TimeZoneId = TimeZones.Normalize(timeZoneId);
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            logger.LogInformation("User {UserId} updated their profile", user.Id);
        }
        return result;
    }

    /// <summary>Changes the password and signs out every other browser; this one stays signed in.</summary>
    public async Task<IdentityResult> ChangePasswordAsync(ApplicationUser user, string currentPassword, string newPassword, Guid? thisSession)
    {
        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            await sessions.EndAllAsync(user.Id, thisSession);
            await activity.RecordAsync(user.Id, AccountEventKind.PasswordChanged);
            logger.LogInformation("User {UserId} changed their password", user.Id);
        }
        return result;
    }
}
