using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Accounts;
using SelfCompassion.Guide;
using SelfCompassion.Journal;
using SelfCompassion.Practice;

namespace SelfCompassion.Data;

public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ThoughtEntry> ThoughtEntries => Set<ThoughtEntry>();

    public DbSet<Reframe> Reframes => Set<Reframe>();

    public DbSet<GuideReply> GuideReplies => Set<GuideReply>();

    public DbSet<PracticeSession> PracticeSessions => Set<PracticeSession>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    /// <summary>
    /// Tells whose journal this context may see. Set each time the context is handed out, and asked at every query
    /// (a request's context can be made before sign-in is known). No owner hides every journal row, so a forgotten
    /// check fails closed.
    /// </summary>
    public Func<string?>? CurrentOwner { get; set; }

    public string? CurrentOwnerId => CurrentOwner?.Invoke();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).IsRequired();
            user.Property(u => u.TimeZoneId).HasMaxLength(ApplicationUser.TimeZoneIdMaxLength).IsRequired();
        });

        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");

        builder.Entity<ThoughtEntry>(entry =>
        {
            entry.ToTable("thought_entries");
            entry.HasOne(e => e.Owner).WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.Cascade);
            // Keyset pagination walks this index newest first, equally fast on any page.
            entry.HasIndex(e => new { e.OwnerId, e.CreatedAt, e.Id }).IsDescending(false, true, true);
            entry.HasIndex(e => e.Patterns).HasMethod("gin");
            entry.HasIndex(e => e.EmotionKeys).HasMethod("gin");
            entry.Property(e => e.Version).IsRowVersion();
            entry.HasMany(e => e.Emotions).WithOne().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
            entry.HasMany(e => e.Reframes).WithOne().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
            entry.HasQueryFilter(e => e.OwnerId == CurrentOwnerId);
        });
        builder.Entity<EntryEmotion>(emotion =>
        {
            emotion.ToTable("entry_emotions");
            emotion.Property(e => e.Key).HasMaxLength(40);
        });
        builder.Entity<Reframe>(reframe =>
        {
            reframe.ToTable("reframes");
            reframe.HasIndex(r => new { r.EntryId, r.CreatedAt });
            reframe.HasIndex(r => new { r.OwnerId, r.CreatedAt });
            reframe.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
            reframe.HasMany(r => r.Emotions).WithOne().HasForeignKey(e => e.ReframeId).OnDelete(DeleteBehavior.Cascade);
            reframe.HasQueryFilter(r => r.OwnerId == CurrentOwnerId);
        });
        builder.Entity<PracticeSession>(session =>
        {
            session.ToTable("practice_sessions");
            session.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
            session.HasIndex(p => new { p.OwnerId, p.CompletedAt });
            session.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
            session.HasQueryFilter(p => p.OwnerId == CurrentOwnerId);
        });
        builder.Entity<CheckIn>(checkIn =>
        {
            checkIn.ToTable("check_ins");
            checkIn.Property(c => c.Score).HasPrecision(4, 2);
            checkIn.HasIndex(c => new { c.OwnerId, c.TakenAt });
            checkIn.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
            checkIn.HasQueryFilter(c => c.OwnerId == CurrentOwnerId);
        });
        builder.Entity<GuideReply>(reply =>
        {
            reply.ToTable("guide_replies");
            reply.Property(r => r.ArticleSlug).HasMaxLength(100);
            reply.Property(r => r.Name).HasMaxLength(GuideReply.NameMaxLength);
            reply.Property(r => r.Email).HasMaxLength(GuideReply.EmailMaxLength);
            reply.Property(r => r.Text).HasMaxLength(GuideReply.TextMaxLength);
            reply.Property(r => r.SourceHash).HasMaxLength(64);
            reply.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            reply.HasIndex(r => new { r.ArticleSlug, r.Status, r.CreatedAt });
            reply.HasIndex(r => r.CreatedAt);
        });
        builder.Entity<ReframeEmotion>(emotion =>
        {
            emotion.ToTable("reframe_emotions");
            emotion.Property(e => e.Key).HasMaxLength(40);
        });
    }
}
