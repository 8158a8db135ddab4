using SelfCompassion.Journal.Reframes;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Entries;

/// <summary>An emotion and how strong it felt: a named one (Key) or the person's own word (CustomName).</summary>
public sealed record EmotionRating(string? Key, string? CustomName, int Intensity)
{
    public string Label => Key is null ? CustomName ?? "" : Journal.Emotions.LabelFor(Key);
}

/// <summary>A saved entry: its words, its feelings and belief, and every reframe it has gathered, oldest first.</summary>
public sealed record EntryView : EntryText
{
    internal EntryView(EntryText words)
        : base(words)
    {
    }

    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public IReadOnlyList<EmotionRating> Emotions { get; init; } = [];

    public int Belief { get; init; }

    public IReadOnlyList<string> Patterns { get; init; } = [];

    /// <summary>The row's version when read; an edit that started from an older one is a conflict.</summary>
    public uint Version { get; init; }

    public IReadOnlyList<ReframeView> Reframes { get; init; } = [];

    /// <summary>Opens an entry read with its emotions and reframes.</summary>
    internal static EntryView Read(ThoughtEntry entry, OwnerCipher cipher)
    {
        var text = SealedEntry.Open(entry.TextCipher, entry.Id, cipher);
        return new EntryView(text.Words)
        {
            Id = entry.Id,
            CreatedAt = entry.CreatedAt,
            UpdatedAt = entry.UpdatedAt,
            Emotions = text.Emotions(entry.Emotions),
            Belief = entry.Belief,
            Patterns = entry.Patterns,
            Version = entry.Version,
            Reframes = entry.Reframes.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => SealedReframe.Read(r, cipher)).ToList(),
        };
    }
}
