namespace SelfCompassion.Progress;

public enum ProgressRange
{
    Last30Days,
    Last90Days,
    AllTime,
}

/// <summary>Belief before and after reframing, averaged over one day (or one week, for long ranges).</summary>
public sealed record BeliefPoint(DateOnly Period, double Before, double After, int Reframes);

public sealed record EmotionShift(string Label, double Before, double After, int Ratings);

public sealed record PatternCount(string Name, int Count);

public sealed record WeekCount(DateOnly WeekStart, int Practices);

public sealed record ScorePoint(DateOnly Day, decimal Score);

/// <summary>Mood before and after practices in one week (0 to 10), averaged over the practices that gave one.</summary>
public sealed record MoodPoint(DateOnly WeekStart, double? Before, double? After, int Practices);

/// <summary>The two figures the home page's progress line needs, for the last 30 days.</summary>
public sealed record ProgressGlance(double? AverageBeliefDrop, int Practices);

public sealed record ProgressReport(
    ProgressRange Range,
    bool ByWeek,
    IReadOnlyList<BeliefPoint> Belief,
    IReadOnlyList<EmotionShift> Emotions,
    IReadOnlyList<ScorePoint> CheckIns,
    IReadOnlyList<PatternCount> Patterns,
    IReadOnlyList<WeekCount> PracticesPerWeek,
    double? AverageBeliefDrop,
    IReadOnlyList<MoodPoint>? MoodByWeek = null)
{
    public IReadOnlyList<MoodPoint> Moods => MoodByWeek ?? [];

    public bool IsEmpty => Belief.Count == 0 && CheckIns.Count == 0 && Patterns.Count == 0 && PracticesPerWeek.Count == 0;
}
