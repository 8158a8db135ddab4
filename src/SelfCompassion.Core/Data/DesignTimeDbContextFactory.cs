using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SelfCompassion.Data;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the web host (and its embedded cluster);
/// adding a migration never connects, so the connection string is only a placeholder.
/// </summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContextOptions.Configure(options, "Host=localhost;Database=selfcompassion_design");
        return new AppDbContext(options.Options);
    }
}
