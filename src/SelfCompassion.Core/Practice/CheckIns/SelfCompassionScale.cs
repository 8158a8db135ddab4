namespace SelfCompassion.Practice.CheckIns;

/// <summary>
/// The Self-Compassion Scale, Short Form (Raes, Pommier, Neff and Van Gucht, 2011): twelve published items,
/// answered from 1 (almost never) to 5 (almost always). Items 1, 4, 8, 9, 11 and 12 are reverse-scored (6 minus the
/// answer); the total is the mean of all twelve. The short form's subscales are not reliable, so none are given.
/// </summary>
public static class SelfCompassionScale
{
    public const string Citation =
        "Raes, F., Pommier, E., Neff, K. D., and Van Gucht, D. (2011). Construction and factorial validation of a short form " +
        "of the Self-Compassion Scale. Clinical Psychology & Psychotherapy, 18, 250–255.";

    public static IReadOnlyList<string> Items { get; } =
    [
        "When I fail at something important to me I become consumed by feelings of inadequacy.",
        "I try to be understanding and patient towards those aspects of my personality I don't like.",
        "When something painful happens I try to take a balanced view of the situation.",
        "When I'm feeling down, I tend to feel like most other people are probably happier than I am.",
        "I try to see my failings as part of the human condition.",
        "When I'm going through a very hard time, I give myself the caring and tenderness I need.",
        "When something upsets me I try to keep my emotions in balance.",
        "When I fail at something that's important to me, I tend to feel alone in my failure.",
        "When I'm feeling down I tend to obsess and fixate on everything that's wrong.",
        "When I feel inadequate in some way, I try to remind myself that feelings of inadequacy are shared by most people.",
        "I'm disapproving and judgmental about my own flaws and inadequacies.",
        "I'm intolerant and impatient towards those aspects of my personality I don't like.",
    ];

    public static IReadOnlyList<string> Anchors { get; } = ["Almost never", "Rarely", "Sometimes", "Often", "Almost always"];

    /// <summary>Item numbers (1-based) whose answers count as 6 minus the answer.</summary>
    public static IReadOnlySet<int> ReverseScored { get; } = new HashSet<int> { 1, 4, 8, 9, 11, 12 };

    public static bool IsComplete(IReadOnlyList<int> answers) =>
        answers.Count == Items.Count && answers.All(a => a is >= 1 and <= 5);

    /// <summary>The mean of the twelve scored answers, from 1 to 5, kept to two decimals (shown with one).</summary>
    public static decimal Score(IReadOnlyList<int> answers)
    {
        if (!IsComplete(answers))
        {
            throw new ArgumentException("The scale needs twelve answers from 1 to 5.", nameof(answers));
        }
        var total = answers.Select((answer, i) => ReverseScored.Contains(i + 1) ? 6 - answer : answer).Sum();
        return Math.Round(total / 12m, 2, MidpointRounding.AwayFromZero);
    }
}
