using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfCompassion.Email;

public enum MailOutcome
{
    Waiting,
    Sent,

    /// <summary>Nothing to send (an address with no account, or already too many of that kind this hour).</summary>
    Skipped,

    /// <summary>Tried for about a day without the mail server taking it.</summary>
    GaveUp,
}

/// <summary>
/// A mail asked for and not yet sent, or sent recently (kept a day, without its content, to count mail per inbox).
/// What to send and to whom is sealed; the recipient is only a keyed fingerprint in the clear.
/// </summary>
public class OutboxMessage
{
    public Guid Id { get; set; }

    public string Kind { get; set; } = "";

    public string RecipientFingerprint { get; set; } = "";

    /// <summary>The sealed <see cref="MailRequest"/>; cleared once the mail is sent or given up.</summary>
    public byte[]? SealedRequest { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public int Attempts { get; set; }

    /// <summary>While one instance sends it, the others leave it alone until this moment.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public MailOutcome Outcome { get; set; }
}

internal sealed class EmailModel : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> message)
    {
        message.ToTable("mail_outbox");
        message.Property(m => m.Kind).HasMaxLength(40);
        message.Property(m => m.RecipientFingerprint).HasMaxLength(64);
        message.Property(m => m.Outcome).HasConversion<string>().HasMaxLength(16);
        message.HasIndex(m => new { m.Outcome, m.NextAttemptAt });
        message.HasIndex(m => new { m.RecipientFingerprint, m.Kind, m.FinishedAt });
    }
}
