using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Today;

namespace SelfCompassion.Web.Pages;

/// <summary>
/// The front door: an invitation for visitors; for someone signed in, today's page with what is waiting, gently and
/// without counts, or, the first time, one worked example and the next step.
/// </summary>
public class IndexModel(TodayService today) : PageModel
{
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public string DisplayName => User.FindFirst(DisplayNameClaimsFactory.DisplayNameClaim)?.Value ?? "friend";

    public TodayOverview? Today { get; private set; }

    public string GuideLink => "/guide/self-compassion-in-mental-recovery";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Today = await today.GetAsync(cancellationToken);
        }
    }
}
