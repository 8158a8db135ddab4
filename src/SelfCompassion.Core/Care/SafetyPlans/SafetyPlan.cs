using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfCompassion.Accounts;
using SelfCompassion.Ownership;

namespace SelfCompassion.Care.SafetyPlans;

/// <summary>A person's one safety plan; its words are held only as ciphertext, like the journal.</summary>
public class SafetyPlan : IOwnedRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public byte[] TextCipher { get; set; } = [];

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's row version, so an edit made in another tab is never overwritten unseen.</summary>
    public uint Version { get; set; }
}

internal sealed class SafetyPlanModel : IEntityTypeConfiguration<SafetyPlan>
{
    public void Configure(EntityTypeBuilder<SafetyPlan> plan)
    {
        plan.ToTable("safety_plans");
        plan.HasIndex(p => p.OwnerId).IsUnique();
        plan.Property(p => p.Version).IsRowVersion();
        plan.HasOne<ApplicationUser>().WithMany().HasForeignKey(p => p.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
