using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Common;
using SelfCompassion.Email;
using SelfCompassion.Ownership;

namespace SelfCompassion.Accounts;

public enum SignInOutcome
{
    SignedIn,

    /// <summary>Wrong email or password, or an account paused after too many tries: shown alike on purpose.</summary>
    Refused,

    /// <summary>The password is right but the email is not confirmed yet.</summary>
    NeedsConfirmation,

    /// <summary>The password is right; a code from the authenticator app (or a recovery code) comes next.</summary>
    NeedsSecondStep,

    /// <summary>
    /// Someone is already signed in in this browser: signing in over them would carry their session on under the new
    /// person (the cookie handler renews the session it finds), so they sign out first.
    /// </summary>
    AlreadySignedIn,
}

/// <summary>
/// Sign-in that counts failures toward lockout, never tells a stranger whether an email has an account, keeps a record
/// the person can look over, and tells them by mail when a browser it hasn't seen before signs in.
/// </summary>
public sealed class AccountSignIn(
    SignInManager<ApplicationUser> signIn,
    IPasswordHasher<ApplicationUser> hasher,
    AccountActivity activity,
    MailOutbox outbox,
    ICurrentOwner owner,
    TimeProvider time,
    ILogger<AccountSignIn> logger)
{
    private static readonly ApplicationUser Nobody = new();

    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember, string origin)
    {
        if (SomeoneSignedInHere())
        {
            return SignInOutcome.AlreadySignedIn;
        }
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            // Spend the time a real check would, so response times don't reveal unknown emails.
            hasher.HashPassword(Nobody, password);
            return SignInOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await SignedInAsync(user, origin);
            return SignInOutcome.SignedIn;
        }
        if (result.RequiresTwoFactor)
        {
            return SignInOutcome.NeedsSecondStep;
        }
        if (!result.IsLockedOut && result.IsNotAllowed)
        {
            // Identity refuses unconfirmed accounts before checking the password or the lockout; check both here,
            // so only the owner learns why, and guessing stays limited to five tries.
            if (await users.IsLockedOutAsync(user))
            {
                return SignInOutcome.Refused;
            }
            if (await users.CheckPasswordAsync(user, password))
            {
                return SignInOutcome.NeedsConfirmation;
            }
            await users.AccessFailedAsync(user);
        }
        await activity.RecordAsync(user.Id, AccountEventKind.SignInFailed);
        logger.LogInformation("Sign-in failed for {UserId}", user.Id);
        return SignInOutcome.Refused;
    }

    /// <summary>Whether this request carries a sign-in already (a session that is still kept).</summary>
    public bool SomeoneSignedInHere() => owner.Id is not null;

    /// <summary>Whether this browser has passed the password step and is waiting for the second.</summary>
    public async Task<bool> HasPendingSecondStepAsync() => await signIn.GetTwoFactorAuthenticationUserAsync() is not null;

    /// <summary>The second step: a code from the authenticator app, used once.</summary>
    public async Task<SignInOutcome> AuthenticatorCodeAsync(string code, bool remember, bool rememberBrowser, string origin)
    {
        if (SomeoneSignedInHere())
        {
            return SignInOutcome.AlreadySignedIn;
        }
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Refused;
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code.Replace(" ", "", StringComparison.Ordinal), remember, rememberBrowser);
        return await SecondStepAsync(user, result, origin, AccountEventKind.SignedIn);
    }

    /// <summary>The second step with one of the recovery codes, each of which works once.</summary>
    public async Task<SignInOutcome> RecoveryCodeAsync(string code, string origin)
    {
        if (SomeoneSignedInHere())
        {
            return SignInOutcome.AlreadySignedIn;
        }
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return SignInOutcome.Refused;
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal));
        return await SecondStepAsync(user, result, origin, AccountEventKind.RecoveryCodeUsed);
    }

    private async Task<SignInOutcome> SecondStepAsync(ApplicationUser user, SignInResult result, string origin, AccountEventKind success)
    {
        if (!result.Succeeded)
        {
            await activity.RecordAsync(user.Id, AccountEventKind.SignInFailed);
            logger.LogInformation("Second sign-in step failed for {UserId}", user.Id);
            return SignInOutcome.Refused;
        }
        if (success != AccountEventKind.SignedIn)
        {
            await activity.RecordAsync(user.Id, success);
        }
        await SignedInAsync(user, origin);
        return SignInOutcome.SignedIn;
    }

    private async Task SignedInAsync(ApplicationUser user, string origin)
    {
        // The first sign-in of a new account is no news. An account older than the 90 days its records are kept may
        // have lost every earlier sign-in to the sweep, so for it no record proves nothing and the alert still goes.
        var hasHistory = user.CreatedAt < time.GetUtcNow() - AccountActivity.Kept || await activity.HasSignedInBeforeAsync(user.Id);
        if (hasHistory && !await activity.KnowsThisDeviceAsync(user.Id))
        {
            var when = LocalTime.Describe(time.GetUtcNow(), LocalTime.Zone(user.TimeZoneId));
            await outbox.EnqueueAsync(new MailRequest(AccountMail.SignInAlert, user.Email!, origin,
                new Dictionary<string, string> { ["When"] = when, ["Browser"] = activity.Device.Browser, ["Place"] = activity.Device.Place }));
        }
        await activity.RecordAsync(user.Id, AccountEventKind.SignedIn);
        logger.LogInformation("User {UserId} signed in", user.Id);
    }
}
