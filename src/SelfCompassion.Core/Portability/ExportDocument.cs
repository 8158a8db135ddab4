using System.Text.Json;
using System.Text.Json.Serialization;
using SelfCompassion.Care.SafetyPlans;

namespace SelfCompassion.Portability;

/// <summary>
/// Everything a person has here, as one JSON document (see docs/export-schema.md). Readable anywhere; version 1 of the
/// schema. Import reads the same shape back.
/// </summary>
public sealed record ExportDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public DateTimeOffset ExportedAt { get; init; }

    public ExportProfile? Profile { get; init; }

    public IReadOnlyList<ExportConsent> Consents { get; init; } = [];

    public IReadOnlyList<ExportEntry> Entries { get; init; } = [];

    public IReadOnlyList<ExportPractice> Practices { get; init; } = [];

    public IReadOnlyList<ExportCheckIn> CheckIns { get; init; } = [];

    /// <summary>The person's safety plan, if they have written one (added to schema 1 without breaking older files).</summary>
    public ExportSafetyPlan? SafetyPlan { get; init; }

    public IReadOnlyList<ExportReply> Replies { get; init; } = [];

    public IReadOnlyList<ExportEvent> Activity { get; init; } = [];

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower), new UtcTimes() },
        MaxDepth = 16,
        // A file to read in any editor, never embedded in a page: every script stays as written, not as \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

public sealed record ExportProfile(string DisplayName, string Email, string TimeZone, DateTimeOffset CreatedAt, bool TwoFactorEnabled);

public sealed record ExportConsent(string NoticeVersion, DateTimeOffset GivenAt);

/// <summary>A feeling: a named one by its key (and label), or the person's own word (key null).</summary>
public sealed record ExportFeeling(string? Key, string Name, int Intensity);

public sealed record ExportEntry(
    Guid Id,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string Thought,
    string? Situation,
    int Belief,
    IReadOnlyList<string> Patterns,
    IReadOnlyList<ExportFeeling> Feelings,
    IReadOnlyList<ExportReframe> Reframes,
    string? Notes = null,
    IReadOnlyList<ExportLook>? LaterLooks = null);

/// <summary>A later look at a thought: how much it was believed then.</summary>
public sealed record ExportLook(Guid Id, DateTimeOffset RatedAt, int Belief);

public sealed record ExportFeelingChange(string? Key, string Name, int Before, int After);

public sealed record ExportReframe(
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
    IReadOnlyList<ExportFeelingChange> Feelings);

public sealed record ExportPractice(
    Guid Id,
    string Kind,
    DateTimeOffset CompletedAt,
    int DurationSeconds,
    int? MoodBefore,
    int? MoodAfter,
    IReadOnlyList<string?> Texts,
    DateTimeOffset? RereadAt);

public sealed record ExportCheckIn(Guid Id, DateTimeOffset TakenAt, IReadOnlyList<int> Answers, decimal Score);

public sealed record ExportReply(Guid Id, string Article, string Name, string Text, DateTimeOffset CreatedAt, string Status);

public sealed record ExportEvent(string Kind, DateTimeOffset At, string Browser, string Place);

/// <summary>The safety plan's parts, named as in the app, and when it was last changed.</summary>
public sealed record ExportSafetyPlan : SafetyPlanText
{
    public ExportSafetyPlan()
    {
    }

    public ExportSafetyPlan(SafetyPlanText plan, DateTimeOffset updatedAt)
        : base(plan.SectionsOnly()) => UpdatedAt = updatedAt;

    public DateTimeOffset UpdatedAt { get; init; }
}

/// <summary>
/// Times are written in UTC, and read into UTC whatever offset a file gives them (a file edited by hand may say
/// +02:00): PostgreSQL keeps moments, and Npgsql refuses to write one given with another offset. A time with no offset
/// is taken as UTC, as the schema writes them, never as the server's own zone.
/// </summary>
internal sealed class UtcTimes : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DateTimeOffset.TryParse(reader.GetString(), System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new JsonException("Not a time.");

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime());
}
