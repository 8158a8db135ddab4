using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Progress;
using SelfCompassion.Web.Components.Charts;

namespace SelfCompassion.Web.Pages.Progress;

public class IndexModel(ProgressReports progress, ChartsDrawnOnce charts) : SignedInPageModel
{
    public static readonly IReadOnlyList<(ProgressRange Range, string Label)> Ranges =
    [
        (ProgressRange.Last30Days, "Last 30 days"),
        (ProgressRange.Last90Days, "Last 90 days"),
        (ProgressRange.AllTime, "All time"),
    ];

    public ProgressReport Report { get; private set; } = default!;

    public HtmlString Charts { get; private set; } = HtmlString.Empty;

    public static string Key(ProgressRange range) => range switch
    {
        ProgressRange.Last30Days => "30",
        ProgressRange.Last90Days => "90",
        _ => "all",
    };

    public async Task OnGetAsync([FromQuery] string? range, CancellationToken cancellationToken)
    {
        // An unknown range (an old link) shows the last 30 days rather than an error.
        var chosen = Ranges.Select(r => r.Range).FirstOrDefault(r => Key(r) == range, ProgressRange.Last30Days);
        Report = await progress.GetAsync(chosen, Zone, cancellationToken);
        Charts = await charts.DrawAsync(Report);
    }

    public string? LookedAgainLine => Report.LookedAgain is { } l
        ? $"You looked again at {l.Thoughts} {(l.Thoughts == 1 ? "thought" : "thoughts")} some days after answering {(l.Thoughts == 1 ? "it" : "them")}: " +
          $"believed {l.WrittenAverage:0} out of 100 on average when written, and {l.LatestAverage:0} at your latest look."
        : null;

    public string SummaryLine => Report.AverageBeliefDrop switch
    {
        null => "Here you can watch how your practice changes things over time.",
        > 0 and var drop => $"After reframing, your belief in self-critical thoughts eased by {drop:0} points on average.",
        _ => "You've been looking at your thoughts honestly. Some shift slowly, and that's part of it.",
    };
}
