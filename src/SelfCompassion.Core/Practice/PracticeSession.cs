using SelfCompassion.Ownership;

namespace SelfCompassion.Practice;

public enum PracticeKind
{
    Break,
    Friend,
    Letter,
    Pause,
}

/// <summary>One completed practice. Whatever was written is held only as ciphertext, like the journal.</summary>
public class PracticeSession : IOwnedRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public PracticeKind Kind { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    public int DurationSeconds { get; set; }

    public int? MoodBefore { get; set; }

    public int? MoodAfter { get; set; }

    /// <summary>The written steps, encrypted together.</summary>
    public byte[]? TextCipher { get; set; }

    /// <summary>For letters: when it was read again, so the home page stops inviting.</summary>
    public DateTimeOffset? RereadAt { get; set; }

    /// <summary>Made from the practice form's key and what it sent (docs/adr/0019): sent again, it saves once.</summary>
    public Guid? SaveKey { get; set; }
}
