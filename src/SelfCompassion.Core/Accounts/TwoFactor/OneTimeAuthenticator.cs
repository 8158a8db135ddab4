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
        var key = await manager.GetAuthenticatorKeyAsync(user);
        var code = new string((token ?? "").Where(char.IsAsciiDigit).ToArray());
        if (string.IsNullOrEmpty(key) || code.Length != 6)
        {
            return false;
        }
        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(time.GetUtcNow().UtcDateTime, code, out var step, new VerificationWindow(previous: 1, future: 1)))
        {
            return false;
        }
        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, LoginProvider, LastStepToken), out var used) ? used : -1;
        if (step <= last)
        {
            return false;
        }
        await manager.SetAuthenticationTokenAsync(user, LoginProvider, LastStepToken, step.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
