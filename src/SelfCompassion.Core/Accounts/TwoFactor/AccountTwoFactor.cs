using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Data;

namespace SelfCompassion.Accounts.TwoFactor;

public sealed record AuthenticatorSetup(string SharedKey, string Uri);

/// <summary>Turning two-step sign-in with an authenticator app on and off, and its recovery codes.</summary>
public sealed class AccountTwoFactor(
    AppDbContext db,
    OneTimeAuthenticator authenticator,
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    PasswordCheck passwords,
    AccountSessions sessions,
    AccountActivity activity,
    ILogger<AccountTwoFactor> logger)
{
    public const int RecoveryCodeCount = 10;

    /// <summary>The key to add to an authenticator app, as text (in groups of four) and as an otpauth address for a QR code.</summary>
    public async Task<AuthenticatorSetup> SetupAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
        }
        var grouped = string.Join(' ', key.Chunk(4).Select(c => new string(c))).ToLowerInvariant();
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/SelfCompassion:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer=SelfCompassion&digits=6");
        return new AuthenticatorSetup(grouped, uri);
    }

    /// <summary>
    /// Turns two-step sign-in on when the code from the app is right; returns the recovery codes to show once. The same
    /// form sent again (pressed twice) finds it on already, with its code used: the first answer, and its codes, may
    /// never have been seen, so new codes replace them and are returned.
    /// </summary>
    public async Task<IReadOnlyList<string>?> TurnOnAsync(ApplicationUser user, string code, Guid? thisSession)
    {
        if (!user.TwoFactorEnabled && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
            && (await users.SetTwoFactorEnabledAsync(user, true)).Succeeded)
        {
            await activity.RecordAsync(user.Id, AccountEventKind.TwoFactorTurnedOn);
            logger.LogInformation("User {UserId} turned on two-step sign-in", user.Id);
        }
        else
        {
            // Read again: the other press may have saved it between this one's reading and writing.
            await db.Entry(user).ReloadAsync();
            // Only just after it was turned on: the code last accepted may as well be a sign-in's, and new recovery codes
            // otherwise ask for the password.
            if (!user.TwoFactorEnabled || !await authenticator.WasLastAcceptedAsync(code, users, user)
                || !await activity.JustHappenedAsync(user.Id, AccountEventKind.TwoFactorTurnedOn))
            {
                return null;
            }
            logger.LogInformation("User {UserId} sent the same code to turn on two-step sign-in again", user.Id);
        }
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await SignOutOthersAsync(user, thisSession);
        return codes;
    }

    public async Task<bool> TurnOffAsync(ApplicationUser user, string password, Guid? thisSession)
    {
        if (!await passwords.IsRightAsync(user, password))
        {
            return false;
        }
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await SignOutOthersAsync(user, thisSession);
        await activity.RecordAsync(user.Id, AccountEventKind.TwoFactorTurnedOff);
        logger.LogInformation("User {UserId} turned off two-step sign-in", user.Id);
        return true;
    }

    public async Task<IReadOnlyList<string>?> NewRecoveryCodesAsync(ApplicationUser user, string password)
    {
        if (!user.TwoFactorEnabled || !await passwords.IsRightAsync(user, password))
        {
            return null;
        }
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await activity.RecordAsync(user.Id, AccountEventKind.RecoveryCodesRenewed);
        return codes;
    }

    public async Task<int> RecoveryCodesLeftAsync(ApplicationUser user) => await users.CountRecoveryCodesAsync(user);

    /// <summary>A change to how the account is guarded signs every other browser out; this one stays.</summary>
    private async Task SignOutOthersAsync(ApplicationUser user, Guid? thisSession)
    {
        await signIn.RefreshSignInAsync(user);
        await sessions.EndAllAsync(user.Id, thisSession);
    }
}
