using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfCompassion.Accounts;
using SelfCompassion.Data;

namespace SelfCompassion.Journal;

/// <summary>How the journal's records are stored; the context adds the owner filter to every owned record.</summary>
internal sealed class JournalModel : IEntityTypeConfiguration<ThoughtEntry>, IEntityTypeConfiguration<Reframe>,
    IEntityTypeConfiguration<EntryEmotion>, IEntityTypeConfiguration<ReframeEmotion>
{
    /// <summary>One entry per form sent: a second save with the same key meets this index (see ThoughtEntry.SaveKey).</summary>
    public const string SaveKeyIndex = "IX_thought_entries_save_key";

    public const string ReframeSaveKeyIndex = "IX_reframes_save_key";

    public void Configure(EntityTypeBuilder<ThoughtEntry> entry)
    {
        entry.ToTable("thought_entries");
        entry.HasOne(e => e.Owner).WithMany().HasForeignKey(e => e.OwnerId).OnDelete(DeleteBehavior.Cascade);
        // Keyset pagination walks this index newest first, equally fast on any page.
        entry.HasIndex(e => new { e.OwnerId, e.CreatedAt, e.Id }).IsDescending(false, true, true);
        entry.HasIndex(e => e.Patterns).HasMethod("gin");
        entry.HasIndex(e => e.EmotionKeys).HasMethod("gin");
        // Search looks up word beginnings here; rows written before the blind index are found by the second index and
        // indexed on their owner's first search.
        entry.HasIndex(e => e.SearchTerms).HasMethod("gin");
        entry.HasIndex(e => e.OwnerId).HasFilter("\"SearchTerms\" IS NULL").HasDatabaseName("IX_thought_entries_unindexed");
        entry.Property(e => e.Version).IsRowVersion();
        entry.HasSaveKeyIndex(SaveKeyIndex);
        entry.HasMany(e => e.Emotions).WithOne().HasForeignKey(e => e.EntryId).OnDelete(DeleteBehavior.Cascade);
        entry.HasMany(e => e.Reframes).WithOne().HasForeignKey(r => r.EntryId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<Reframe> reframe)
    {
        reframe.ToTable("reframes");
        reframe.HasIndex(r => new { r.EntryId, r.CreatedAt });
        reframe.HasIndex(r => new { r.OwnerId, r.CreatedAt });
        reframe.HasSaveKeyIndex(ReframeSaveKeyIndex);
        reframe.HasIndex(r => r.SearchTerms).HasMethod("gin");
        reframe.HasIndex(r => r.OwnerId).HasFilter("\"SearchTerms\" IS NULL").HasDatabaseName("IX_reframes_unindexed");
        reframe.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.OwnerId).OnDelete(DeleteBehavior.Cascade);
        reframe.HasMany(r => r.Emotions).WithOne().HasForeignKey(e => e.ReframeId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<EntryEmotion> emotion)
    {
        emotion.ToTable("entry_emotions");
        emotion.Property(e => e.Key).HasMaxLength(40);
    }

    public void Configure(EntityTypeBuilder<ReframeEmotion> emotion)
    {
        emotion.ToTable("reframe_emotions");
        emotion.Property(e => e.Key).HasMaxLength(40);
    }
}
