using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// Everything free-text about an entry, sealed as one document bound to the entry's row: the thought, the situation
/// and the feelings named in the person's own words (by the position of their rating).
/// </summary>
internal sealed record EntryText(string Thought, string? Situation, IReadOnlyList<string?>? OwnWords)
{
    public const string Purpose = "entry";

    /// <summary>Writes the input onto the entry: its numbers and choices as columns, its words sealed.</summary>
    public static void Write(ThoughtEntry entry, EntryInput input, OwnerCipher cipher, DateTimeOffset now)
    {
        var emotions = input.Emotions();
        var ownWords = emotions.Any(e => e.Key is null) ? emotions.Select(e => e.Key is null ? e.CustomName : null).ToList() : null;
        entry.UpdatedAt = now;
        entry.TextCipher = cipher.Seal(new EntryText(input.Thought!, input.Situation, ownWords), entry.Id, Purpose);
        entry.Belief = input.Belief!.Value;
        entry.Patterns = [.. input.ChosenPatterns()];
        entry.EmotionKeys = emotions.Where(e => e.Key is not null).Select(e => e.Key!).ToList();
        entry.Emotions = emotions.Select((e, i) => new EntryEmotion { EntryId = entry.Id, Position = i, Key = e.Key, Intensity = e.Intensity }).ToList();
    }

    public static EntryText Read(ThoughtEntry entry, OwnerCipher cipher) => Open(entry.TextCipher, entry.Id, cipher);

    public static EntryText Open(byte[] sealedText, Guid entryId, OwnerCipher cipher) => cipher.Open<EntryText>(sealedText, entryId, Purpose);

    /// <summary>The entry's ratings in order, with the person's own words put back.</summary>
    public IReadOnlyList<EmotionRating> Emotions(IEnumerable<EntryEmotion> emotions) =>
        emotions.OrderBy(e => e.Position)
            .Select(e => new EmotionRating(e.Key, e.Key is null ? OwnWords?.ElementAtOrDefault(e.Position) ?? "" : null, e.Intensity))
            .ToList();
}
