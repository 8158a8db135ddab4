using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfCompassion.Ownership;

namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// One signed-in browser. The sign-in cookie holds only this row's id; the sign-in itself lives here, protected, so
/// signing out anywhere ends it at once: a copied cookie finds nothing.
/// </summary>
public class UserSession : IOwnedRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public string Browser { get; set; } = "";

    public string Place { get; set; } = "";

    /// <summary>The sign-in (who, and how long it lasts), protected by the host before it is stored.</summary>
    public byte[] Ticket { get; set; } = [];
}

/// <summary>Something that happened to an account, kept 90 days and shown to its owner.</summary>
public class AccountEvent : IOwnedRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public AccountEventKind Kind { get; set; }

    public DateTimeOffset At { get; set; }

    public string Browser { get; set; } = "";

    public string Place { get; set; } = "";
}

public enum AccountEventKind
{
    SignedIn,
    SignInFailed,
    SignedOut,
    SessionEnded,
    PasswordChanged,
    PasswordReset,
    TwoFactorTurnedOn,
    TwoFactorTurnedOff,
    RecoveryCodesRenewed,
    RecoveryCodeUsed,
    DataExported,
    DataImported,
    EntryDeleted,
    ConsentGiven,
}

internal sealed class SessionModel : IEntityTypeConfiguration<UserSession>, IEntityTypeConfiguration<AccountEvent>
{
    public void Configure(EntityTypeBuilder<UserSession> session)
    {
        session.ToTable("user_sessions");
        session.Property(s => s.Browser).HasMaxLength(80);
        session.Property(s => s.Place).HasMaxLength(64);
        session.HasIndex(s => s.OwnerId);
        // The hourly sweep finds run-out sign-ins by this, for everyone at once (AccountHousekeeping).
        session.HasIndex(s => s.ExpiresAt);
        session.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<AccountEvent> accountEvent)
    {
        accountEvent.ToTable("account_events");
        accountEvent.Property(e => e.Kind).HasConversion<string>().HasMaxLength(32);
        accountEvent.Property(e => e.Browser).HasMaxLength(80);
        accountEvent.Property(e => e.Place).HasMaxLength(64);
        accountEvent.HasIndex(e => new { e.OwnerId, e.At });
        accountEvent.HasIndex(e => e.At);
        accountEvent.HasOne<ApplicationUser>().WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
