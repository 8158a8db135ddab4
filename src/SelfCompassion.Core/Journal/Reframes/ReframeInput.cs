using SelfCompassion.Care;
using SelfCompassion.Common;

namespace SelfCompassion.Journal.Reframes;

/// <summary>A reframe as the form fills it in: the written steps, then the thought and each feeling rated again.</summary>
public sealed record ReframeInput : ReframeText
{
    public int? BeliefAfter { get; set; }

    /// <summary>How strong each of the entry's feelings is now, in the entry's order.</summary>
    public List<int?> After { get; set; } = [];

    /// <summary>Whether its words can mean the writer is in danger, whether or not it is saved; only what can be kept is read.</summary>
    public bool SuggestsDanger() => CrisisLanguage.IsPresent(Steps().Select(s => Characters.AtMost(s.Text, MaxLength)));

    /// <summary>The rules for a reframe of an entry with this many feelings, in the app's voice.</summary>
    public IReadOnlyList<FieldError> Check(int feelingCount)
    {
        var rules = new Rules().When(CompassionateResponse is null, nameof(CompassionateResponse),
            "When you're ready, write a kinder, realistic way to see it. A sentence is enough (up to 2,000 characters).");
        foreach (var (field, text) in Steps())
        {
            rules.Text(field, text, MaxLength, "Please shorten this to 2,000 characters or fewer.");
        }
        rules.Number(nameof(BeliefAfter), BeliefAfter, 0, 100,
            "Please rate how strongly you believe the thought now, from 0 to 100.", "Please use a number from 0 to 100.");
        for (var i = 0; i < feelingCount; i++)
        {
            rules.Number($"{nameof(After)}[{i}]", After.ElementAtOrDefault(i), 0, 100,
                "Please rate this feeling again, from 0 to 100.", "Please use a number from 0 to 100.");
        }
        return rules.When(After.Count > feelingCount, nameof(After), "Please rate each feeling again, from 0 to 100.").Errors;
    }
}

/// <summary>How one feeling changed in a reframe; Key is null for a feeling named in the person's own word.</summary>
public sealed record EmotionChange(string Label, int Before, int After, string? Key = null);

/// <summary>A saved reframe: its steps, and how belief and each feeling changed.</summary>
public sealed record ReframeView : ReframeText
{
    public ReframeView(ReframeText steps)
        : base(steps)
    {
    }

    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int BeliefBefore { get; init; }

    public int BeliefAfter { get; init; }

    public IReadOnlyList<EmotionChange> Emotions { get; init; } = [];
}
