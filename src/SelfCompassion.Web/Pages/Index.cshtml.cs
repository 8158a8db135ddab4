using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Practice;
using SelfCompassion.Progress;

namespace SelfCompassion.Web.Pages;

/// <summary>
/// The front door: an invitation for visitors; for someone signed in, today's page with what is waiting, gently and
/// without counts, or, the first time, one worked example and the next step.
/// </summary>
public class IndexModel(PracticeSessions practices, ProgressReports progress, JournalEntries entries, LookAgainService lookAgain) : PageModel
{
    [Microsoft.AspNetCore.Mvc.TempData]
    public string? StatusMessage { get; set; }

    public string DisplayName => User.FindFirst(DisplayNameClaimsFactory.DisplayNameClaim)?.Value ?? "friend";

    public bool FirstTime { get; private set; }

    public IReadOnlyList<WaitingThought> Waiting { get; private set; } = [];

    public ReRateOffer? ToReRate { get; private set; }

    public PracticeSummary? LetterToReread { get; private set; }

    public string? ProgressLine { get; private set; }

    public string GuideLink => "/guide/self-compassion-in-mental-recovery";

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }
        // A thought waiting for an answer already says this isn't the first visit, without asking twice.
        Waiting = await lookAgain.WaitingAsync(3, cancellationToken);
        FirstTime = Waiting.Count == 0 && !await entries.HasAnyAsync(cancellationToken) && (await practices.HistoryAsync(1, cancellationToken)).Count == 0;
        if (FirstTime)
        {
            return;
        }
        ToReRate = await lookAgain.ToReRateAsync(cancellationToken);
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
