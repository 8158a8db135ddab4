using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Identity checks a sign-in's security stamp once its interval has passed (a minute here, see AccountsSetup), but it
/// builds its validator, and with it a sign-in manager and a user manager, on every request before it looks at the
/// time. That was about a twentieth of a signed-in page's work. The same test of the time comes first here, so only a
/// request that is due pays for them, and the requests of one sign-in due together share one check
/// (<see cref="StampChecks"/>); the check itself is still Identity's own.
/// </summary>
internal static class SecurityStampCheck
{
    public static async Task WhenDueAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var time = options.TimeProvider ?? TimeProvider.System;
        var issued = context.Properties.IssuedUtc;
        if (issued is not null && time.GetUtcNow() - issued.Value <= options.ValidationInterval)
        {
            return;
        }
        if (issued is null || context.Principal is null || DatabaseTicketStore.SessionOf(context.Principal) is not { } session)
        {
            await SecurityStampValidator.ValidatePrincipalAsync(context);
            return;
        }
        var stamp = context.Principal.FindFirstValue(services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType);
        var passed = await services.GetRequiredService<StampChecks>().CheckOnceAsync(new StampChecks.Ticket(session, issued.Value, stamp),
            options.ValidationInterval,
            async () =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                return context.Principal is not null;
            },
            context.HttpContext.RequestAborted);
        // Waited for another request's check. If it failed, this request is not signed in either; that request's
        // response clears the cookie, and the session it ended is gone for every later one.
        if (!passed && context.Principal is not null)
        {
            context.RejectPrincipal();
        }
    }
}
