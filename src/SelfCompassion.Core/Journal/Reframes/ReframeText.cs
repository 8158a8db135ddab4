using SelfCompassion.Common;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Reframes;

/// <summary>
/// The written steps of a reframe, named once here: the form binds them, their rules check them, and they are sealed
/// together as one document, so a new step is a new property here plus its place on the page.
/// </summary>
public record ReframeText
{
    public const int MaxLength = 2_000;

    public string? Acknowledgement { get; set => field = Characters.Clean(value); }

    public string? CommonHumanity { get; set => field = Characters.Clean(value); }

    public string? EvidenceFor { get; set => field = Characters.Clean(value); }

    public string? EvidenceAgainst { get; set => field = Characters.Clean(value); }

    public string? FriendView { get; set => field = Characters.Clean(value); }

    /// <summary>The one step that is needed: a kinder, realistic way to see the thought.</summary>
    public string? CompassionateResponse { get; set => field = Characters.Clean(value); }

    /// <summary>Each step by its field name, for the rules, search and noticing crisis words.</summary>
    public IReadOnlyList<(string Field, string? Text)> Steps() =>
    [
        (nameof(Acknowledgement), Acknowledgement),
        (nameof(CommonHumanity), CommonHumanity),
        (nameof(EvidenceFor), EvidenceFor),
        (nameof(EvidenceAgainst), EvidenceAgainst),
        (nameof(FriendView), FriendView),
        (nameof(CompassionateResponse), CompassionateResponse),
    ];

    /// <summary>Just the steps, whatever record carries them.</summary>
    public ReframeText StepsOnly() => new(this);
}

/// <summary>A reframe's sealed document: its steps and the feelings' own words (by position), bound to the reframe's row.</summary>
internal sealed record SealedReframe(ReframeText Steps, IReadOnlyList<string?>? OwnWords)
{
    public const string Purpose = "reframe";

    public static byte[] Seal(ReframeText steps, IReadOnlyList<string?>? ownWords, Guid reframeId, OwnerCipher cipher) =>
        cipher.Seal(new SealedReframe(steps.StepsOnly(), ownWords), reframeId, Purpose);

    /// <summary>A reframe row: its numbers as columns, its steps and the feelings' own words sealed.</summary>
    public static Reframe Create(Guid id, Guid entryId, string ownerId, DateTimeOffset createdAt, ReframeText steps, int beliefBefore, int beliefAfter,
        IReadOnlyList<(string? Key, string? OwnWord, int Before, int After)> feelings, OwnerCipher cipher) => new()
        {
            Id = id,
            EntryId = entryId,
            OwnerId = ownerId,
            CreatedAt = createdAt,
            TextCipher = Seal(steps, feelings.Any(f => f.Key is null) ? feelings.Select(f => f.Key is null ? f.OwnWord : null).ToList() : null, id, cipher),
            SearchTerms = Search.SearchWords.Terms(steps.Steps().Select(s => s.Text), cipher),
            BeliefBefore = beliefBefore,
            BeliefAfter = beliefAfter,
            Emotions = feelings.Select((f, i) => new ReframeEmotion { Position = i, Key = f.Key, Before = f.Before, After = f.After }).ToList(),
        };

    public static SealedReframe Open(byte[] sealedText, Guid reframeId, OwnerCipher cipher) =>
        cipher.Open<SealedReframe>(sealedText, reframeId, Purpose);

    public static ReframeView Read(Reframe reframe, OwnerCipher cipher)
    {
        var text = Open(reframe.TextCipher, reframe.Id, cipher);
        var emotions = reframe.Emotions.OrderBy(e => e.Position).Select(e => new EmotionChange(
            e.Key is null ? text.OwnWords?.ElementAtOrDefault(e.Position) ?? "" : Emotions.LabelFor(e.Key), e.Before, e.After, e.Key)).ToList();
        return new ReframeView(text.Steps)
        {
            Id = reframe.Id,
            CreatedAt = reframe.CreatedAt,
            BeliefBefore = reframe.BeliefBefore,
            BeliefAfter = reframe.BeliefAfter,
            Emotions = emotions,
        };
    }
}
