using System.Security.Claims;
using SelfCompassion.Accounts;
using SelfCompassion.Care;

namespace SelfCompassion.Web.Infrastructure;

public static class CrisisHelp
{
    /// <summary>
    /// The region whose crisis lines to show first: the one chosen on the page, else the signed-in person's time zone,
    /// else the browser's languages. Null when none of them points anywhere we know.
    /// </summary>
    public static CrisisRegion? LikelyCrisisRegion(this HttpContext context, string? chosen = null) =>
        LikelyRegion.Guess(CrisisLines.Bundled, chosen, context.User.FindFirstValue(DisplayNameClaimsFactory.TimeZoneClaim), context.Request.Headers.AcceptLanguage);
}
