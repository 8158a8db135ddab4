namespace SelfCompassion.Practice;

public sealed record PracticeInfo(PracticeKind Kind, string Slug, string Name, string Summary, int SuggestedMinutes);

/// <summary>The guided practices, their addresses and what each offers.</summary>
public static class Practices
{
    public const int MaxMinutes = 120;
    public const int TextMaxLength = 5_000;
    public const int LetterMaxLength = 10_000;

    /// <summary>The most written steps a practice has (the friend practice's five).</summary>
    public const int MaxWrittenSteps = 5;

    public static IReadOnlyList<PracticeInfo> All { get; } =
    [
        new(PracticeKind.Break, "break", "Self-compassion break",
            "About three to five minutes with a difficulty in mind: noticing it, remembering you're not alone, and offering yourself kindness.", 4),
        new(PracticeKind.Friend, "friend", "How would you treat a friend?",
            "Five short written steps that compare how you treat a struggling friend with how you treat yourself.", 10),
        new(PracticeKind.Letter, "letter", "A self-compassionate letter",
            "Write to yourself as a kind friend who knows your whole story. In a few days, we'll invite you to read it again.", 15),
        new(PracticeKind.Pause, "pause", "Mindful pause",
            "One, three or five minutes of noticing thoughts and feelings, naming them, and letting them pass.", 3),
    ];

    public static PracticeInfo For(PracticeKind kind) => All.Single(p => p.Kind == kind);
}
