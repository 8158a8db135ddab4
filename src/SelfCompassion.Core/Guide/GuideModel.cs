using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfCompassion.Guide;

internal sealed class GuideModel : IEntityTypeConfiguration<GuideReply>
{
    /// <summary>One reply per form sent. Not per owner, as the other forms' are: most readers who reply have no account.</summary>
    public const string SaveKeyIndex = "IX_guide_replies_save_key";

    public void Configure(EntityTypeBuilder<GuideReply> reply)
    {
        reply.ToTable("guide_replies");
        reply.Property(r => r.ArticleSlug).HasMaxLength(100);
        // Name, email and text are limited by the reply's rules, counted as people count characters; a column
        // limit counting code points could refuse what the rules allow.
        reply.Property(r => r.SourceHash).HasMaxLength(64);
        reply.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        reply.HasIndex(r => new { r.ArticleSlug, r.Status, r.CreatedAt });
        reply.HasIndex(r => r.CreatedAt);
        reply.HasIndex(r => r.AuthorId);
        reply.HasIndex(r => r.SaveKey).IsUnique().HasFilter("\"SaveKey\" IS NOT NULL").HasDatabaseName(SaveKeyIndex);
        reply.HasOne<Accounts.ApplicationUser>().WithMany().HasForeignKey(r => r.AuthorId).OnDelete(DeleteBehavior.Cascade);
    }
}
