using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts;

/// <summary>Changes to the signed-in person's own account, each refreshing the sign-in so the header shows it at once.</summary>
public sealed class AccountProfile(
    AppDbContext db,
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
        if (await ChangedMeanwhileAsync(result, user)
            && user.DisplayName == displayName.Trim() && user.TimeZoneId == TimeZones.Normalize(timeZoneId))
        {
            logger.LogInformation("User {UserId} sent the same profile change again", user.Id);
            return IdentityResult.Success;
        }
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
        // The same form sent twice (pressed again, or sent again by the browser): the first changed the password, so
        // the second's current one no longer matches, or the two met at the database; either way the new one now
        // opens the account. The change asked for is made.
        if ((result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)) || await ChangedMeanwhileAsync(result, user))
            && await users.CheckPasswordAsync(user, newPassword))
        {
            logger.LogInformation("User {UserId} sent the same password change again", user.Id);
            return IdentityResult.Success;
        }
        if (result.Succeeded)
        {
            await signIn.RefreshSignInAsync(user);
            await sessions.EndAllAsync(user.Id, thisSession);
            await activity.RecordAsync(user.Id, AccountEventKind.PasswordChanged);
            logger.LogInformation("User {UserId} changed their password", user.Id);
        }
        return result;
    }

    /// <summary>
    /// Whether the account was saved by another request between this one's reading and writing it (a second press
    /// of the same form, or another tab); if so, <paramref name="user"/> is read again, to be compared with what was sent.
    /// </summary>
    private async Task<bool> ChangedMeanwhileAsync(IdentityResult result, ApplicationUser user)
    {
        if (!result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return false;
        }
        await db.Entry(user).ReloadAsync();
        return true;
    }
}
