using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SelfCompassion.Accounts;

internal sealed class AccountModel : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(ApplicationUser.DisplayNameMaxLength).IsRequired();
        user.Property(u => u.TimeZoneId).HasMaxLength(ApplicationUser.TimeZoneIdMaxLength).IsRequired();
    }
}
