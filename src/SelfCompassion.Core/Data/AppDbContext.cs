using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Accounts;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Guide;
using SelfCompassion.Journal;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Ownership;
using SelfCompassion.Practice;
using SelfCompassion.Practice.CheckIns;

namespace SelfCompassion.Data;

/// <summary>
/// The one database context. Each feature describes its own tables (an IEntityTypeConfiguration beside its
/// records); this context adds the one guard every owned record shares: it is seen only by its owner.
/// </summary>
public class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    private static readonly MethodInfo OwnerFilterMethod =
        typeof(AppDbContext).GetMethod(nameof(FilterByOwner), BindingFlags.Instance | BindingFlags.NonPublic)!;

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<ThoughtEntry> ThoughtEntries => Set<ThoughtEntry>();

    public DbSet<Reframe> Reframes => Set<Reframe>();

    public DbSet<GuideReply> GuideReplies => Set<GuideReply>();

    public DbSet<PracticeSession> PracticeSessions => Set<PracticeSession>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    public DbSet<SafetyPlan> SafetyPlans => Set<SafetyPlan>();

    public DbSet<BeliefFollowUp> BeliefFollowUps => Set<BeliefFollowUp>();

    /// <summary>
    /// Whose records this context may see; set each time the context is handed out and read at every query. With no
    /// owner, every owned table looks empty, so a forgotten check fails closed.
    /// </summary>
    public ICurrentOwner? Owner { get; set; }

    private string? OwnerId => Owner?.Id;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        foreach (var type in builder.Model.GetEntityTypes().Select(t => t.ClrType).Where(typeof(IOwnedRecord).IsAssignableFrom).ToList())
        {
            OwnerFilterMethod.MakeGenericMethod(type).Invoke(this, [builder]);
        }
    }

    private void FilterByOwner<T>(ModelBuilder builder)
        where T : class, IOwnedRecord =>
        builder.Entity<T>().HasQueryFilter(record => record.OwnerId == OwnerId);
}
