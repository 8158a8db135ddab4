using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Data;
using SelfCompassion.Ownership;

namespace SelfCompassion.Accounts.Consent;

/// <summary>
/// What people write here is health data (GDPR Article 9), kept only with their explicit consent. Consent is given to
/// one version of the privacy notice; a new version asks again.
/// </summary>
public static class PrivacyNotice
{
    /// <summary>Change this whenever the notice at /privacy changes in substance.</summary>
    public const string Version = "2026-11-28";
}

/// <summary>A person's explicit consent to one version of the privacy notice, with when it was given.</summary>
public class ConsentRecord : IOwnedRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public string NoticeVersion { get; set; } = "";

    public DateTimeOffset GivenAt { get; set; }
}

public sealed record ConsentView(string NoticeVersion, DateTimeOffset GivenAt);

/// <summary>Consent given and read back; the sign-in carries the version consented to, so pages need not ask the database.</summary>
public sealed class PrivacyConsent(AppDbContext db, ICurrentOwner owner, AccountActivity activity, TimeProvider time, ILogger<PrivacyConsent> logger)
{
    /// <summary>Records consent to the current notice; the caller refreshes the sign-in so it carries the new version.</summary>
    public async Task GiveAsync(CancellationToken cancellationToken = default)
    {
        var ownerId = owner.Required();
        var now = time.GetUtcNow();
        db.Add(new ConsentRecord { Id = Guid.CreateVersion7(now), OwnerId = ownerId, NoticeVersion = PrivacyNotice.Version, GivenAt = now });
        await db.SaveChangesAsync(cancellationToken);
        await activity.RecordAsync(AccountEventKind.ConsentGiven, cancellationToken);
        logger.LogInformation("User {UserId} consented to privacy notice {NoticeVersion}", ownerId, PrivacyNotice.Version);
    }

    /// <summary>The newest version this account has consented to (read at sign-in, before anyone is the current owner).</summary>
    public Task<string?> LatestVersionAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<ConsentRecord>().IgnoreQueryFilters().Where(c => c.OwnerId == userId)
            .OrderByDescending(c => c.GivenAt).Select(c => c.NoticeVersion).FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<ConsentView>> ListAsync(CancellationToken cancellationToken = default) =>
        await db.Set<ConsentRecord>().AsNoTracking().OrderBy(c => c.GivenAt)
            .Select(c => new ConsentView(c.NoticeVersion, c.GivenAt)).ToListAsync(cancellationToken);
}

internal sealed class ConsentModel : IEntityTypeConfiguration<ConsentRecord>
{
    public void Configure(EntityTypeBuilder<ConsentRecord> consent)
    {
        consent.ToTable("consents");
        consent.Property(c => c.NoticeVersion).HasMaxLength(32);
        consent.HasIndex(c => new { c.OwnerId, c.GivenAt });
        consent.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
