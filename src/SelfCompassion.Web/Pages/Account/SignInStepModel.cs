using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>
/// A page that checks something secret (a password, a code): its posts are rate limited by address, and an address
/// with too many recent failures is asked to pause before it may try again.
/// </summary>
[EnableRateLimiting(RateLimits.SignIn)]
public abstract class SignInStepModel : PageModel
{
    private const int PauseSeconds = 15 * 60;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var failures = HttpContext.RequestServices.GetRequiredService<SignInFailures>();
        if (HttpMethods.IsPost(Request.Method) && !failures.MayTry(HttpContext))
        {
            Response.Headers.RetryAfter = PauseSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }
        await next();
    }

    /// <summary>Counts a failed try against this address.</summary>
    protected void CountFailure() => HttpContext.RequestServices.GetRequiredService<SignInFailures>().Failed(HttpContext);
}
