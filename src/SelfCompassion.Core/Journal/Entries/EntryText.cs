using SelfCompassion.Common;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// The words of a thought record, named once here: the form binds them, their rules check them, and they are sealed
/// together as one document, so a new written field is a new property here plus its place on the page.
/// </summary>
public record EntryText
{
    public const int ThoughtMaxLength = 2_000;
    public const int SituationMaxLength = 1_000;
    public const int NotesMaxLength = 2_000;

    public string? Thought { get; set => field = Characters.Clean(value); }

    public string? Situation { get; set => field = Characters.Clean(value); }

    /// <summary>Anything else worth keeping with the thought.</summary>
    public string? Notes { get; set => field = Characters.Clean(value); }

    /// <summary>Each written part by its field name, for search and noticing crisis words.</summary>
    public IReadOnlyList<(string Field, string? Text)> Parts() => [(nameof(Thought), Thought), (nameof(Situation), Situation), (nameof(Notes), Notes)];

    /// <summary>Just the words, whatever record carries them.</summary>
    public EntryText WordsOnly() => new(this);

    protected void CheckWords(Rules rules) => rules
        .RequiredText(nameof(Thought), Thought, ThoughtMaxLength,
            "Please write the thought in a few words (up to 2,000 characters).",
            "Please shorten the thought to 2,000 characters or fewer.")
        .Text(nameof(Situation), Situation, SituationMaxLength, "Please shorten the situation to 1,000 characters or fewer.")
        .Text(nameof(Notes), Notes, NotesMaxLength, "Please shorten your notes to 2,000 characters or fewer.");
}

/// <summary>An entry's sealed document: its words and the feelings named in the person's own words (by position).</summary>
internal sealed record SealedEntry(EntryText Words, IReadOnlyList<string?>? OwnWords)
{
    public const string Purpose = "entry";

    public static byte[] Seal(EntryText words, IReadOnlyList<EmotionRating> emotions, Guid entryId, OwnerCipher cipher) =>
        cipher.Seal(new SealedEntry(words.WordsOnly(), OwnWordsOf(emotions)), entryId, Purpose);

    public static SealedEntry Open(byte[] sealedText, Guid entryId, OwnerCipher cipher) => cipher.Open<SealedEntry>(sealedText, entryId, Purpose);

    /// <summary>Each feeling's own word by its position, or nothing when every feeling was chosen from the list.</summary>
    public static IReadOnlyList<string?>? OwnWordsOf(IReadOnlyList<EmotionRating> emotions) =>
        emotions.Any(e => e.Key is null) ? emotions.Select(e => e.Key is null ? e.CustomName : null).ToList() : null;

    /// <summary>The entry's ratings in order, with the person's own words put back.</summary>
    public IReadOnlyList<EmotionRating> Emotions(IEnumerable<EntryEmotion> emotions) =>
        emotions.OrderBy(e => e.Position)
            .Select(e => new EmotionRating(e.Key, e.Key is null ? OwnWords?.ElementAtOrDefault(e.Position) ?? "" : null, e.Intensity))
            .ToList();
}
