using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts;

/// <summary>Changes to the signed-in person's own account, each refreshing the sign-in so the header shows it at once.</summary>
public sealed class AccountProfile(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    PasswordCheck passwords,
    AccountSessions sessions,
    AccountActivity activity,
    ILogger<AccountProfile> logger)
{
    public const string UnknownTimeZone = nameof(UnknownTimeZone);

    public async Task<IdentityResult> UpdateAsync(ApplicationUser user, string displayName, string timeZoneId)
    {
        // What the picker offers: the list, and the person's own zone when the browser named it by an older name.
        if (!TimeZones.ChoicesWith(user.TimeZoneId).Contains(timeZoneId))
        {
            return IdentityResult.Failed(new IdentityError { Code = UnknownTimeZone, Description = "Please choose a time zone from the list." });
        }
        var (name, zone) = (displayName.Trim(), TimeZones.Normalize(timeZoneId));
        (user.DisplayName, user.TimeZoneId) = (name, zone);
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded && await ReadAgainIfChangedMeanwhileAsync(result, user) && user.DisplayName == name && user.TimeZoneId == zone)
        {
            // Pressed twice at once: the other request saved just this.
            logger.LogInformation("User {UserId} sent the same profile change again", user.Id);
            result = IdentityResult.Success;
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
        // Checked as at sign-in, so a wrong one counts toward the lockout: a browser left signed in can't be used to
        // guess the password, and through it take the account.
        var result = await passwords.IsRightAsync(user, currentPassword)
            ? await users.ChangePasswordAsync(user, currentPassword, newPassword)
            : await users.IsLockedOutAsync(user)
                ? IdentityResult.Failed(new IdentityError { Code = nameof(IdentityErrorDescriber.PasswordMismatch), Description = PasswordCheck.Paused })
                : IdentityResult.Failed(users.ErrorDescriber.PasswordMismatch());
        if (!result.Succeeded && await MadeAlreadyAsync(result, user, newPassword))
        {
            // This request still needs what the first one did for its own browser, which may never have seen that answer.
            logger.LogInformation("User {UserId} sent the same password change again", user.Id);
            await signIn.RefreshSignInAsync(user);
            await sessions.EndAllAsync(user.Id, thisSession);
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
    /// Whether a password change that failed was made by the same form sent a moment earlier: the two met at the
    /// database (this one's current password was right, and the other saved first), or the other had finished, so this
    /// one's current password no longer matches. Either way, if the new password now opens the account, the change asked
    /// for is made. The second case counts only within minutes of a change, so the form can't be used to test guesses.
    /// </summary>
    private async Task<bool> MadeAlreadyAsync(IdentityResult result, ApplicationUser user, string newPassword)
    {
        var fromAnEarlierPress = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
            ? await activity.JustHappenedAsync(user.Id, AccountEventKind.PasswordChanged)
            : await ReadAgainIfChangedMeanwhileAsync(result, user);
        return fromAnEarlierPress && await users.CheckPasswordAsync(user, newPassword);
    }

    /// <summary>
    /// Whether the account was saved by another request between this one's reading and writing it (a second press of the
    /// same form, or another tab); if so, <paramref name="user"/> is read again, to be compared with what was sent. An
    /// account deleted meanwhile is left as this request held it, and has nothing to compare.
    /// </summary>
    private async Task<bool> ReadAgainIfChangedMeanwhileAsync(IdentityResult result, ApplicationUser user)
    {
        if (!result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            return false;
        }
        await db.Entry(user).ReloadAsync();
        return db.Entry(user).State != EntityState.Detached;
    }
}
