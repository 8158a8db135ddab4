using SelfCompassion.Common;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// A thought record as a person fills it in. The new and edit pages bind it as it is, so its rules below name each
/// message by the form's own field names.
/// </summary>
public sealed record EntryInput
{
    public const int ThoughtMaxLength = 2_000;
    public const int SituationMaxLength = 1_000;
    public const int OwnWordMaxLength = 40;
    public const int MaxOwnWords = 3;

    public string? Thought { get; set => field = Characters.Clean(value); }

    public string? Situation { get; set => field = Characters.Clean(value); }

    /// <summary>Named feeling → how strong it was, 0 to 100; a blank box means it wasn't there.</summary>
    public Dictionary<string, int?> Feelings { get; set; } = [];

    /// <summary>Feelings in the person's own words.</summary>
    public List<OwnFeeling> Custom { get; set; } = [];

    public int? Belief { get; set; }

    public List<string?> Patterns { get; set; } = [];

    /// <summary>The feelings rated: named ones in the list's order, then the person's own words.</summary>
    public IReadOnlyList<EmotionRating> Emotions() =>
        Journal.Emotions.All.Where(e => Feelings.GetValueOrDefault(e.Key) is not null)
            .Select(e => new EmotionRating(e.Key, null, Feelings[e.Key]!.Value))
            .Concat(Custom.Where(c => c.IsFilled).Select(c => new EmotionRating(null, c.Name, c.Intensity ?? -1)))
            .ToList();

    public IReadOnlyList<string> ChosenPatterns() =>
        Patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The journal's rules for an entry, whatever the form allowed, in the app's voice.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var rules = new Rules()
            .RequiredText(nameof(Thought), Thought, ThoughtMaxLength,
                "Please write the thought in a few words (up to 2,000 characters).",
                "Please shorten the thought to 2,000 characters or fewer.")
            .Text(nameof(Situation), Situation, SituationMaxLength, "Please shorten the situation to 1,000 characters or fewer.")
            .Number(nameof(Belief), Belief, 0, 100,
                "Please rate how strongly you believe the thought, from 0 to 100.",
                "Please rate how strongly you believe the thought with a number from 0 to 100.");
        CheckFeelings(rules);
        return rules.When(ChosenPatterns().Any(p => !Journal.Patterns.IsKnown(p)), nameof(Patterns), "Please choose patterns from the list.")
            .Errors;
    }

    private void CheckFeelings(Rules rules)
    {
        var named = Feelings.Where(f => f.Value is not null).ToList();
        var own = Custom.Where(c => c.IsFilled).ToList();
        rules.When(named.Count + own.Count == 0, nameof(Feelings),
                "Please rate at least one feeling, from 0 to 100. You can also add your own word for it.")
            .When(named.Any(f => !Journal.Emotions.IsKnown(f.Key)), nameof(Feelings), "Please choose feelings from the list, or type your own.")
            .When(named.Any(f => f.Value is < 0 or > 100), nameof(Feelings), "Please rate each feeling with a number from 0 to 100.")
            .When(own.Any(c => c.Name is null || Characters.Count(c.Name) > OwnWordMaxLength), nameof(Feelings),
                $"Please name your own feeling in a word or two (up to {OwnWordMaxLength} characters).")
            .When(own.Any(c => c.Intensity is not (>= 0 and <= 100)), nameof(Feelings), "Please rate each feeling with a number from 0 to 100.")
            .When(own.Count > MaxOwnWords, nameof(Feelings), $"You can add up to {MaxOwnWords} feelings of your own.");
    }

    /// <summary>The form filled in with an entry as it was saved, for editing.</summary>
    public static EntryInput From(EntryView entry) => new()
    {
        Thought = entry.Thought,
        Situation = entry.Situation,
        Belief = entry.Belief,
        Patterns = [.. entry.Patterns],
        Feelings = entry.Emotions.Where(e => e.Key is not null).ToDictionary(e => e.Key!, e => (int?)e.Intensity),
        Custom = entry.Emotions.Where(e => e.Key is null).Select(e => new OwnFeeling { Name = e.CustomName, Intensity = e.Intensity }).ToList(),
    };
}

/// <summary>A feeling in the person's own word, with how strong it was.</summary>
public sealed record OwnFeeling
{
    public string? Name { get; set => field = Characters.Clean(value); }

    public int? Intensity { get; set; }

    internal bool IsFilled => Name is not null || Intensity is not null;
}
