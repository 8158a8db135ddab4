using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Identity checks a sign-in's security stamp once its interval has passed (a minute here, see AccountsSetup), but it
/// builds its validator, and with it a sign-in manager and a user manager, on every request before it looks at the
/// time. That was about a twentieth of a signed-in page's work. The same test of the time comes first here, so only a
/// request that is due pays for them; the check itself is still Identity's own.
/// </summary>
internal static class SecurityStampCheck
{
    public static Task WhenDueAsync(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var now = (options.TimeProvider ?? TimeProvider.System).GetUtcNow();
        var issued = context.Properties.IssuedUtc;
        return issued is null || now - issued.Value > options.ValidationInterval
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }
}
