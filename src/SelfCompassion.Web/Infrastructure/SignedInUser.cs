using System.Security.Claims;
using SelfCompassion.Accounts;
using SelfCompassion.Common;
using SelfCompassion.Ownership;

namespace SelfCompassion.Web.Infrastructure;

public static class SignedInUser
{
    /// <summary>The person's own time zone, from their sign-in; UTC if it is missing or unknown to this server.</summary>
    public static TimeZoneInfo TimeZone(this ClaimsPrincipal user) => LocalTime.Zone(user.FindFirstValue(DisplayNameClaimsFactory.TimeZoneClaim));

    /// <summary>Tells Core whose records this request may see: the signed-in person's, or nobody's.</summary>
    public static IApplicationBuilder UseCurrentOwner(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && context.User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id)
        {
            context.RequestServices.GetRequiredService<CurrentOwner>().Set(id);
        }
        return next(context);
    });
}
