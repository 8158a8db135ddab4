namespace SelfCompassion.Journal;

public sealed record PatternOption(string Key, string Name, string Definition, string Example);

/// <summary>
/// Common shapes that self-critical thoughts take, each explained plainly with an everyday example,
/// so spotting one feels like recognising a habit of the mind rather than a verdict on yourself.
/// </summary>
public static class Patterns
{
    public static IReadOnlyList<PatternOption> All { get; } =
    [
        new("all-or-nothing", "All-or-nothing",
            "Seeing things in only two boxes, perfect or a failure, with nothing in between.",
            "\"I missed one day of my routine, so the whole week is ruined.\""),
        new("overgeneralising", "Overgeneralising",
            "Taking one thing that went wrong as proof that it always goes wrong.",
            "\"I stumbled over my words again. I never get anything right.\""),
        new("mental-filter", "Mental filter",
            "Noticing only the one painful detail and letting it colour everything else.",
            "\"Everyone liked the talk except one person, and that's all I can think about.\""),
        new("discounting-positive", "Discounting the positive",
            "Brushing off the good things as luck, politeness or not counting.",
            "\"They only said it went well to be nice.\""),
        new("mind-reading", "Mind-reading",
            "Being sure you know what others think of you, usually the worst.",
            "\"She didn't reply, so she must be annoyed with me.\""),
        new("fortune-telling", "Fortune-telling",
            "Predicting that things will turn out badly, as if it were already settled.",
            "\"There's no point trying; I'll only relapse again.\""),
        new("catastrophising", "Catastrophising",
            "Jumping to the worst possible outcome and treating it as likely.",
            "\"If I make a mistake at work, I'll lose my job and everything will fall apart.\""),
        new("emotional-reasoning", "Emotional reasoning",
            "Taking a feeling as proof of a fact.",
            "\"I feel like a burden, so I must be one.\""),
        new("should-statements", "Should statements",
            "Holding yourself to rigid rules about how you must be, and judging yourself for falling short.",
            "\"I should be over this by now.\""),
        new("labelling", "Labelling",
            "Summing yourself up with a harsh label instead of describing what happened.",
            "\"I'm such an idiot\" instead of \"I made a mistake.\""),
        new("personalising", "Personalising and self-blame",
            "Taking all the blame for things that had many causes, some outside your control.",
            "\"My friend is having a hard time; it must be something I did.\""),
        new("comparing", "Comparing",
            "Measuring yourself against others in a way that always leaves you lacking.",
            "\"Everyone else my age has their life together.\""),
    ];

    private static readonly Dictionary<string, PatternOption> ByKey = All.ToDictionary(p => p.Key, StringComparer.Ordinal);

    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    public static PatternOption? Find(string key) => ByKey.GetValueOrDefault(key);

    /// <summary>The pattern's name to show, or its key as stored when this version doesn't know it (an import, say).</summary>
    public static string NameOf(string key) => Find(key)?.Name ?? key;
}
