using SelfCompassion.Care.SafetyPlans;

namespace SelfCompassion.Web.Components;

/// <summary>How each part of the plan is asked for and headed on the page and in print.</summary>
public static class SafetyPlanSections
{
    public sealed record Section(int Number, string Field, string Title, string Help, Func<SafetyPlanText, string?> Read);

    public static IReadOnlyList<Section> All { get; } =
    [
        new(1, nameof(SafetyPlanText.WarningSigns), "Warning signs that a crisis may be coming",
            "Thoughts, feelings, situations or things you do. For example: \"I stop answering messages\" or \"nights alone after a bad day\".", p => p.WarningSigns),
        new(2, nameof(SafetyPlanText.OnMyOwn), "Things I can do on my own to feel a bit better",
            "Small things that have helped before: a shower, a walk, music, a breathing practice, holding something cold.", p => p.OnMyOwn),
        new(3, nameof(SafetyPlanText.Distractions), "People and places that take my mind off things",
            "Someone you can just be with, or a place with people around, like a café, a library or a friend's kitchen.", p => p.Distractions),
        new(4, nameof(SafetyPlanText.PeopleToAsk), "People I can ask for help",
            "Names and phone numbers of people you could tell that you're struggling.", p => p.PeopleToAsk),
        new(5, nameof(SafetyPlanText.Professionals), "Professionals and services I can contact",
            "Your doctor, therapist or care team, and crisis lines. We've suggested the lines for your area; change them as you like.", p => p.Professionals),
        new(6, nameof(SafetyPlanText.SaferSurroundings), "Making my surroundings safer",
            "Ways to put distance between you and anything you might use to hurt yourself, perhaps with someone's help.", p => p.SaferSurroundings),
        new(7, nameof(SafetyPlanText.WorthLivingFor), "What matters most to me and is worth living for",
            "People, animals, hopes, places or small things that matter to you.", p => p.WorthLivingFor),
    ];
}
