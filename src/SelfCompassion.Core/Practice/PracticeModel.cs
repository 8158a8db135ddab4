using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfCompassion.Accounts;
using SelfCompassion.Data;
using SelfCompassion.Practice.CheckIns;

namespace SelfCompassion.Practice;

/// <summary>How practices and check-ins are stored; the context adds the owner filter.</summary>
internal sealed class PracticeModel : IEntityTypeConfiguration<PracticeSession>, IEntityTypeConfiguration<CheckIn>
{
    public const string SaveKeyIndex = "IX_practice_sessions_save_key";

    public const string CheckInSaveKeyIndex = "IX_check_ins_save_key";

    public void Configure(EntityTypeBuilder<PracticeSession> session)
    {
        session.ToTable("practice_sessions");
        session.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        session.HasIndex(p => new { p.OwnerId, p.CompletedAt });
        session.HasSaveKeyIndex(SaveKeyIndex);
        session.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<CheckIn> checkIn)
    {
        checkIn.ToTable("check_ins");
        checkIn.Property(c => c.Score).HasPrecision(4, 2);
        checkIn.HasIndex(c => new { c.OwnerId, c.TakenAt });
        checkIn.HasSaveKeyIndex(CheckInSaveKeyIndex);
        checkIn.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
