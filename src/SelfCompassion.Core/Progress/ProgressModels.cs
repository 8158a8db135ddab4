namespace SelfCompassion.Progress;

public enum ProgressRange
{
    Last30Days,
    Last90Days,
    AllTime,
}

/// <summary>
/// How points are gathered: days for a month or a quarter, weeks for all time, and months once all time runs past a
/// year, so a chart keeps a readable number of points (a few dozen) however long someone has been practising.
/// </summary>
public enum ProgressGrouping
{
    Day,
    Week,
    Month,
}

/// <summary>Belief before and after reframing, averaged over one day, week or month (see <see cref="ProgressGrouping"/>).</summary>
public sealed record BeliefPoint(DateOnly Period, double Before, double After, int Reframes);

public sealed record EmotionShift(string Label, double Before, double After, int Ratings);

public sealed record PatternCount(string Name, int Count);

/// <summary>Practices in one week, or one month when all time runs past a year.</summary>
public sealed record PracticeCount(DateOnly PeriodStart, int Practices);

public sealed record ScorePoint(DateOnly Day, decimal Score);

/// <summary>Mood before and after practices in one week or month (0 to 10), averaged over the practices that gave one.</summary>
public sealed record MoodPoint(DateOnly PeriodStart, double? Before, double? After, int Practices);

/// <summary>The thoughts looked at again some days after answering (all time): how many, and their belief when written and at the latest look, on average.</summary>
public sealed record LookAgainSummary(int Thoughts, double WrittenAverage, double LatestAverage);

public sealed record ProgressReport(
    ProgressRange Range,
    ProgressGrouping Grouping,
    IReadOnlyList<BeliefPoint> Belief,
    IReadOnlyList<EmotionShift> Emotions,
    IReadOnlyList<ScorePoint> CheckIns,
    IReadOnlyList<PatternCount> Patterns,
    IReadOnlyList<PracticeCount> Practices,
    double? AverageBeliefDrop,
    IReadOnlyList<MoodPoint> Moods,
    LookAgainSummary? LookedAgain)
{
    /// <summary>How practices and moods are gathered: by week, or by month when all time runs past a year.</summary>
    public ProgressGrouping PracticeGrouping => PracticeGroupingFor(Grouping);

    public static ProgressGrouping PracticeGroupingFor(ProgressGrouping grouping) =>
        grouping == ProgressGrouping.Month ? ProgressGrouping.Month : ProgressGrouping.Week;

    public bool IsEmpty => Belief.Count == 0 && CheckIns.Count == 0 && Patterns.Count == 0 && Practices.Count == 0;
}
