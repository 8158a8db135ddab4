using SelfCompassion.Journal.Reframes;

namespace SelfCompassion.Journal.Entries;

/// <summary>An emotion and how strong it felt: a named one (Key) or the person's own word (CustomName).</summary>
public sealed record EmotionRating(string? Key, string? CustomName, int Intensity)
{
    public string Label => Key is null ? CustomName ?? "" : Emotions.LabelFor(Key);
}

public sealed record EntryView(
    Guid Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? Situation,
    string Thought,
    IReadOnlyList<EmotionRating> Emotions,
    int Belief,
    IReadOnlyList<string> Patterns,
    uint Version,
    IReadOnlyList<ReframeView> Reframes);
