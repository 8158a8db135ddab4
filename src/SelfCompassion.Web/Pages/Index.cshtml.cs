using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Practice;
using SelfCompassion.Progress;

namespace SelfCompassion.Web.Pages;

/// <summary>The front door: an invitation for visitors, and today's page for someone signed in.</summary>
public class IndexModel(PracticeSessions practices, ProgressReports progress) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string DisplayName => User.FindFirst(DisplayNameClaimsFactory.DisplayNameClaim)?.Value ?? "friend";

    public PracticeSummary? LetterToReread { get; private set; }

    public string? ProgressLine { get; private set; }

    public string GuideLink => "/guide/self-compassion-in-mental-recovery";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        LetterToReread = await practices.LetterToRereadAsync(cancellationToken);
        var glance = await progress.GlanceAsync(cancellationToken);
        var practiced = glance.Practices;
        ProgressLine = glance.AverageBeliefDrop is > 0 and var drop
            ? $"In the last 30 days, reframing eased your belief in self-critical thoughts by {drop:0} points on average."
            : practiced > 0
                ? $"In the last 30 days you made time for {practiced} {(practiced == 1 ? "practice" : "practices")}."
                : null;
    }
}
