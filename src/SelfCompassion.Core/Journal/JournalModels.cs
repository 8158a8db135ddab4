using System.Buffers.Binary;
using Microsoft.AspNetCore.WebUtilities;

namespace SelfCompassion.Journal;

/// <summary>An emotion and how strong it felt: a named one (Key) or the person's own word (CustomName).</summary>
public sealed record EmotionRating(string? Key, string? CustomName, int Intensity)
{
    public string Label => Key is null ? CustomName ?? "" : Emotions.LabelFor(Key);
}

public sealed record EntryInput(
    string? Situation,
    string Thought,
    IReadOnlyList<EmotionRating> Emotions,
    int Belief,
    IReadOnlyList<string> Patterns);

public sealed record ReframeInput(
    string? Acknowledgement,
    string? CommonHumanity,
    string? EvidenceFor,
    string? EvidenceAgainst,
    string? FriendView,
    string CompassionateResponse,
    int BeliefAfter,
    IReadOnlyList<int> EmotionsAfter);

public sealed record EmotionChange(string Label, int Before, int After);

public sealed record ReframeView(
    Guid Id,
    DateTimeOffset CreatedAt,
    string? Acknowledgement,
    string? CommonHumanity,
    string? EvidenceFor,
    string? EvidenceAgainst,
    string? FriendView,
    string CompassionateResponse,
    int BeliefBefore,
    int BeliefAfter,
    IReadOnlyList<EmotionChange> Emotions);

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

/// <summary>What a journal card shows: never more of the thought than its opening words.</summary>
public sealed record EntrySummary(
    Guid Id,
    DateTimeOffset CreatedAt,
    string ThoughtPreview,
    IReadOnlyList<string> Patterns,
    int Belief,
    int? LatestBeliefAfter);

public sealed record JournalQuery(
    string? Pattern = null,
    string? Emotion = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Search = null,
    JournalCursor? After = null,
    TimeZoneInfo? Zone = null);

public sealed record JournalPage(IReadOnlyList<EntrySummary> Entries, JournalCursor? Next);

/// <summary>A position in the journal (the last card shown); opaque in URLs and free of any text.</summary>
public readonly record struct JournalCursor(DateTimeOffset CreatedAt, Guid Id)
{
    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, CreatedAt.UtcTicks);
        Id.TryWriteBytes(bytes[8..]);
        return WebEncoders.Base64UrlEncode(bytes);
    }

    public static JournalCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > 64)
        {
            return null;
        }
        try
        {
            var bytes = WebEncoders.Base64UrlDecode(value);
            if (bytes.Length != 24)
            {
                return null;
            }
            var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
            if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return null;
            }
            return new JournalCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(8)));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

public enum JournalStatus
{
    Saved,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>
/// The outcome of a change. Errors name the input they are about ("Thought", "Emotions", "Belief", ...), so a page
/// can show each beside its field. CrisisNoticed asks the next page to offer help, gently.
/// </summary>
public sealed record JournalResult(JournalStatus Status, Guid? Id = null, IReadOnlyList<JournalError>? Errors = null, bool CrisisNoticed = false)
{
    public IReadOnlyList<JournalError> Errors { get; init; } = Errors ?? [];

    public static JournalResult Invalid(IReadOnlyList<JournalError> errors) => new(JournalStatus.Invalid, Errors: errors);

    public static readonly JournalResult NotFound = new(JournalStatus.NotFound);

    public static readonly JournalResult Conflict = new(JournalStatus.Conflict);
}

public sealed record JournalError(string Field, string Message);
