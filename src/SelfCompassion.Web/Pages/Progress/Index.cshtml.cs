using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Common;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Progress;

namespace SelfCompassion.Web.Pages.Progress;

public class IndexModel(ProgressReports progress, LookAgainService lookAgain) : SignedInPageModel
{
    public LookAgainSummary? LookedAgain { get; private set; }

    public static readonly IReadOnlyList<(ProgressRange Range, string Label)> Ranges =
    [
        (ProgressRange.Last30Days, "Last 30 days"),
        (ProgressRange.Last90Days, "Last 90 days"),
        (ProgressRange.AllTime, "All time"),
    ];

    public ProgressReport Report { get; private set; } = default!;

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
        LookedAgain = await lookAgain.SummaryAsync(cancellationToken);
    }

    public string? LookedAgainLine => LookedAgain is { } l
        ? $"You looked again at {l.Thoughts} {(l.Thoughts == 1 ? "thought" : "thoughts")} some days after answering {(l.Thoughts == 1 ? "it" : "them")}: " +
          $"believed {l.WrittenAverage:0} out of 100 on average when written, and {l.LatestAverage:0} at your latest look."
        : null;

    public string SummaryLine => Report.AverageBeliefDrop switch
    {
        null => "Here you can watch how your practice changes things over time.",
        > 0 and var drop => $"After reframing, your belief in self-critical thoughts eased by {drop:0} points on average.",
        _ => "You've been looking at your thoughts honestly. Some shift slowly, and that's part of it.",
    };

    public static string Unit(ProgressGrouping grouping) => grouping switch
    {
        ProgressGrouping.Week => "week",
        ProgressGrouping.Month => "month",
        _ => "day",
    };

    public static string PeriodHeader(ProgressGrouping grouping) => grouping switch
    {
        ProgressGrouping.Week => "Week",
        ProgressGrouping.Month => "Month",
        _ => "Day",
    };

    public static string PeriodLabel(ProgressGrouping grouping, DateOnly start) => grouping switch
    {
        ProgressGrouping.Week => "Week of " + LocalTime.Describe(start),
        ProgressGrouping.Month => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => LocalTime.Describe(start),
    };

    private static string Count(int count, ProgressGrouping grouping) => $"{count} {Unit(grouping)}{(count == 1 ? "" : "s")}";

    public string BeliefSummary => Report.Belief.Count == 1
        ? $"One {Unit(Report.Grouping)} with reframes: belief went from {Report.Belief[0].Before:0.#} to {Report.Belief[0].After:0.#} on average."
        : $"Across {Count(Report.Belief.Count, Report.Grouping)} with reframes, belief averaged {Report.Belief.Average(b => b.Before):0} before and {Report.Belief.Average(b => b.After):0} after.";

    /// <summary>The strongest feeling on average before reframing (ties named together), and where it went after.</summary>
    public string EmotionSummary
    {
        get
        {
            var strongest = Report.Emotions.Where(e => e.Before == Report.Emotions.Max(x => x.Before)).ToList();
            if (strongest.Count == 1)
            {
                var top = strongest[0];
                return $"{top.Label} was the strongest feeling on average: {top.Before:0.#} before reframing and {top.After:0.#} after.";
            }
            var names = string.Join(", ", strongest.Take(strongest.Count - 1).Select(e => e.Label)) + " and " + strongest[^1].Label;
            return $"{names} were equally strong on average, {strongest[0].Before:0.#} before reframing; after, " +
                string.Join(", ", strongest.Select(e => $"{e.Label} {e.After:0.#}")) + ".";
        }
    }

    public string MoodSummary
    {
        get
        {
            var moods = Report.Moods.Where(m => m.Before is not null && m.After is not null).ToList();
            return moods.Count == 0
                ? $"Your mood ratings around practices, {Unit(Report.PracticeGrouping)} by {Unit(Report.PracticeGrouping)}."
                : $"Across {Count(moods.Count, Report.PracticeGrouping)}, your mood averaged {moods.Average(m => m.Before!.Value):0.#} before practices and {moods.Average(m => m.After!.Value):0.#} after, out of 10.";
        }
    }

    public string CheckInSummary => Report.CheckIns.Count == 1
        ? $"Your check-in score was {Report.CheckIns[0].Score:0.0} out of 5. Retaking it every two to four weeks shows how it moves."
        : $"Your score went from {Report.CheckIns[0].Score:0.0} to {Report.CheckIns[^1].Score:0.0} over {Report.CheckIns.Count} check-ins.";

    public string PatternSummary => $"The pattern you noticed most was {Report.Patterns[0].Name.ToLowerInvariant()}, {Report.Patterns[0].Count} {(Report.Patterns[0].Count == 1 ? "time" : "times")}.";

    public string PracticeSummary
    {
        get
        {
            var total = Report.Practices.Sum(w => w.Practices);
            return $"You made time for {total} {(total == 1 ? "practice" : "practices")} across {Count(Report.Practices.Count, Report.PracticeGrouping)}.";
        }
    }
}
