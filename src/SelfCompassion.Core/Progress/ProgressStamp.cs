using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SelfCompassion.Accounts;
using SelfCompassion.Ownership;

namespace SelfCompassion.Progress;

/// <summary>
/// A counter per person that PostgreSQL moves on whenever anything the progress page or today's page reads changes
/// (entries, reframes, practices, check-ins, later looks; from any instance, a cascade or an import), so what is kept
/// in memory for them is known to be current with one small read (docs/adr/0010).
/// </summary>
public class ProgressStamp : IOwnedRecord
{
    public string OwnerId { get; set; } = "";

    public long Version { get; set; }

    /// <summary>The signed-in person's version now (0 before their first change). Read it before working anything out.</summary>
    public static Task<long> CurrentAsync(Data.AppDbContext db, CancellationToken cancellationToken) => Current(db, cancellationToken);

    // Compiled once (docs/adr/0016): it is read before every view of the pages it keeps current.
    private static readonly Func<Data.AppDbContext, CancellationToken, Task<long>> Current =
        EF.CompileAsyncQuery((Data.AppDbContext db, CancellationToken _) => db.Set<ProgressStamp>().AsNoTracking().Select(s => s.Version).FirstOrDefault());
}

internal sealed class ProgressStampModel : IEntityTypeConfiguration<ProgressStamp>
{
    public void Configure(EntityTypeBuilder<ProgressStamp> stamp)
    {
        stamp.ToTable("progress_stamps");
        stamp.HasKey(s => s.OwnerId);
        stamp.HasOne<ApplicationUser>().WithMany().HasForeignKey(s => s.OwnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
