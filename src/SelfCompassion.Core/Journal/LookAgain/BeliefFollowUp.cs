using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfCompassion.Accounts;
using SelfCompassion.Common;
using SelfCompassion.Ownership;

namespace SelfCompassion.Journal.LookAgain;

/// <summary>A thought looked at again some days after it was answered: how much it is believed now.</summary>
public class BeliefFollowUp : IOwnedRecord
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public string OwnerId { get; set; } = "";

    public DateTimeOffset RatedAt { get; set; }

    /// <summary>0 to 100, like every belief rating.</summary>
    public int Belief { get; set; }
}

/// <summary>The one-field form: how much do you believe it now?</summary>
public sealed record FollowUpInput
{
    public int? Belief { get; set; }

    public IReadOnlyList<FieldError> Check() => new Rules()
        .Number(nameof(Belief), Belief, 0, 100, "Please say how much you believe it now, from 0 to 100.", "Please use a number from 0 to 100.")
        .Errors;
}

internal sealed class BeliefFollowUpModel : IEntityTypeConfiguration<BeliefFollowUp>
{
    public void Configure(EntityTypeBuilder<BeliefFollowUp> followUp)
    {
        followUp.ToTable("belief_follow_ups");
        followUp.HasIndex(f => new { f.EntryId, f.RatedAt });
        followUp.HasIndex(f => new { f.OwnerId, f.RatedAt });
        followUp.HasOne<ThoughtEntry>().WithMany().HasForeignKey(f => f.EntryId).OnDelete(DeleteBehavior.Cascade);
        followUp.HasOne<ApplicationUser>().WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
