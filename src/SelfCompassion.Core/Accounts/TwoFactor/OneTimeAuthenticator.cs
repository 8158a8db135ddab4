using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace SelfCompassion.Accounts.TwoFactor;

/// <summary>
/// Authenticator-app codes (RFC 6238: six digits, a new one every 30 seconds) that work once: a code is accepted in
/// its own 30 seconds or the one either side (clocks drift), and never again once used, nor any code older than it.
/// </summary>
public sealed class OneTimeAuthenticator(TimeProvider time) : AuthenticatorTokenProvider<ApplicationUser>
{
    public const string ProviderName = "OneTimeAuthenticator";
    private const string LoginProvider = "SelfCompassion";
    private const string LastStepToken = "LastAuthenticatorStep";

    public override async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        if (await StepOfAsync(token, manager, user) is not { } step || step <= await LastUsedStepAsync(manager, user))
        {
            return false;
        }
        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>
    /// Whether this is the code last accepted, still within its time: the same form sent again with it, which
    /// <see cref="ValidateAsync"/> rightly refuses.
    /// </summary>
    public async Task<bool> WasLastAcceptedAsync(string token, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        await StepOfAsync(token, manager, user) is { } step && step == await LastUsedStepAsync(manager, user);

    /// <summary>The 30-second step a code belongs to, if it is right for this account now (or a step either side).</summary>
    private async Task<long?> StepOfAsync(string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = new string((token ?? "").Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrEmpty(key) || code.Length != 6)
        {
            return null;
        }
        var totp = new Totp(Base32Encoding.ToBytes(key));
        return totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    private static async Task<long> LastUsedStepAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken), out var used) ? used : -1;
}
