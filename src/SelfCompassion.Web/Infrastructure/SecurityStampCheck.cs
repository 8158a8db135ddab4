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
        var passed = await services.GetRequiredService<StampChecks>().CheckOnceAsync(session, issued.Value, options.ValidationInterval,
            async () =>
            {
                await SecurityStampValidator.ValidatePrincipalAsync(context);
                return context.Principal is not null;
            },
            context.HttpContext.RequestAborted);
        // Waited for another request's check: it renewed the sign-in, or ended it for every request of the ticket.
        if (!passed && context.Principal is not null)
        {
            context.RejectPrincipal();
        }
    }
}
