using System.Security.Claims;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Infrastructure;

public static class SignedInUser
{
    /// <summary>The person's own time zone, from their sign-in; UTC if it is missing or unknown to this server.</summary>
    public static TimeZoneInfo TimeZone(this ClaimsPrincipal user) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(user.FindFirstValue(DisplayNameClaimsFactory.TimeZoneClaim) ?? TimeZones.Default, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
