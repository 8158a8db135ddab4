using SelfCompassion.Care;
using SelfCompassion.Common;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Entries;

/// <summary>
/// A thought record as a person fills it in: its words, the feelings and how strong they were, how much the thought is
/// believed, and the patterns noticed. The new and edit pages bind it as it is, so its rules name each message by the
/// form's own field names.
/// </summary>
public sealed record EntryInput : EntryText
{
    public const int OwnWordMaxLength = 40;
    public const int MaxOwnWords = 3;

    /// <summary>Named feeling → how strong it was, 0 to 100; a blank box means it wasn't there.</summary>
    public Dictionary<string, int?> Feelings { get; set; } = [];

    /// <summary>
    /// The named feelings picked as chips. A strength makes a feeling felt on its own (so a form without chips works);
    /// a chip picked with no strength is asked about.
    /// </summary>
    public List<string?> Felt { get; set; } = [];

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

    /// <summary>
    /// Whether its words can mean the writer is in danger, whether or not they are saved, so help is offered on a form
    /// that comes back too. Only what each field can keep is read.
    /// </summary>
    public bool SuggestsDanger() => CrisisLanguage.IsPresent([
        Characters.AtMost(Thought, ThoughtMaxLength), Characters.AtMost(Situation, SituationMaxLength), Characters.AtMost(Notes, NotesMaxLength),
        .. Custom.Take(MaxOwnWords).Select(c => Characters.AtMost(c.Name, OwnWordMaxLength))]);

    public IReadOnlyList<string> ChosenPatterns() =>
        Patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The journal's rules for an entry, whatever the form allowed, in the app's voice.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var rules = new Rules();
        CheckWords(rules);
        rules.Number(nameof(Belief), Belief, 0, 100,
            "Please rate how strongly you believe the thought, from 0 to 100.",
            "Please rate how strongly you believe the thought with a number from 0 to 100.");
        foreach (var key in Felt.Where(k => k is not null && Journal.Emotions.IsKnown(k) && Feelings.GetValueOrDefault(k) is null).Distinct())
        {
            rules.Add($"{nameof(Feelings)}[{key}]", "Please say how strong this was, from 0 to 100.");
        }
        var named = Feelings.Where(f => f.Value is not null).ToList();
        var own = Custom.Where(c => c.IsFilled).ToList();
        return rules.When(named.Count + own.Count == 0, nameof(Feelings),
                "Please rate at least one feeling, from 0 to 100. You can also add your own word for it.")
            .When(named.Any(f => !Journal.Emotions.IsKnown(f.Key)), nameof(Feelings), "Please choose feelings from the list, or type your own.")
            .When(named.Any(f => f.Value is < 0 or > 100), nameof(Feelings), "Please rate each feeling with a number from 0 to 100.")
            .When(own.Any(c => c.Name is null || Characters.Count(c.Name) > OwnWordMaxLength), nameof(Feelings),
                $"Please name your own feeling in a word or two (up to {OwnWordMaxLength} characters).")
            .When(own.Any(c => c.Intensity is not (>= 0 and <= 100)), nameof(Feelings), "Please rate each feeling with a number from 0 to 100.")
            .When(own.Count > MaxOwnWords, nameof(Feelings), $"You can add up to {MaxOwnWords} feelings of your own.")
            .When(ChosenPatterns().Any(p => !Journal.Patterns.IsKnown(p)), nameof(Patterns), "Please choose patterns from the list.")
            .Errors;
    }

    /// <summary>Writes a checked input onto its row: numbers and choices as columns, words sealed.</summary>
    internal void WriteTo(ThoughtEntry entry, OwnerCipher cipher, DateTimeOffset now)
    {
        var emotions = Emotions();
        entry.UpdatedAt = now;
        entry.TextCipher = SealedEntry.Seal(this, emotions, entry.Id, cipher);
        entry.SearchTerms = Search.SearchWords.Terms(Parts().Select(p => p.Text), cipher);
        entry.Belief = Belief!.Value;
        entry.Patterns = [.. ChosenPatterns()];
        entry.EmotionKeys = emotions.Where(e => e.Key is not null).Select(e => e.Key!).ToList();
        entry.Emotions = emotions.Select((e, i) => new EntryEmotion { EntryId = entry.Id, Position = i, Key = e.Key, Intensity = e.Intensity }).ToList();
    }

    /// <summary>Whether the entry already keeps exactly what this input would: its words, feelings, belief and patterns.</summary>
    public bool IsKeptIn(EntryView entry) =>
        WordsOnly() == entry.WordsOnly() && Belief == entry.Belief && ChosenPatterns().SequenceEqual(entry.Patterns)
        && Emotions().SequenceEqual(entry.Emotions);

    /// <summary>The form filled in with an entry as it was saved, for editing.</summary>
    public static EntryInput From(EntryView entry) => new(entry.WordsOnly())
    {
        Belief = entry.Belief,
        Patterns = [.. entry.Patterns],
        Feelings = entry.Emotions.Where(e => e.Key is not null).ToDictionary(e => e.Key!, e => (int?)e.Intensity),
        Felt = [.. entry.Emotions.Where(e => e.Key is not null).Select(e => e.Key)],
        Custom = entry.Emotions.Where(e => e.Key is null).Select(e => new OwnFeeling { Name = e.CustomName, Intensity = e.Intensity }).ToList(),
    };

    public EntryInput()
    {
    }

    private EntryInput(EntryText words)
        : base(words)
    {
    }
}

/// <summary>A feeling in the person's own word, with how strong it was.</summary>
public sealed record OwnFeeling
{
    public string? Name { get; set => field = Characters.Clean(value); }

    public int? Intensity { get; set; }

    internal bool IsFilled => Name is not null || Intensity is not null;
}
