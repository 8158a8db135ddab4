using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Http.Data;

/// <summary>
/// EF Core's check for a context used by two operations at once stays on in development, its tests and the service
/// tests, where a context shared by mistake should fail loudly, and is off in production, where it cost two
/// async-local writes per row read (docs/adr/0015).
/// </summary>
public class ThreadSafetyChecksTests
{
    internal static bool ChecksOn(AppFactory app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled;
    }

    public class InDevelopment(AppFactory app) : IClassFixture<AppFactory>
    {
        [Fact]
        public void Development_keeps_the_thread_safety_checks() => Assert.True(ChecksOn(app));
    }

    /// <summary>Production as configured, with no page read: its model is not the one the other tests' apps share.</summary>
    public class ProductionAsConfigured : ProductionAppFactory
    {
        protected override bool KeepsTheSharedModel => false;
    }

    public class InProduction(ProductionAsConfigured app) : IClassFixture<ProductionAsConfigured>
    {
        [Fact]
        public void Production_leaves_the_thread_safety_checks_out() => Assert.False(ChecksOn(app));
    }

    [Fact]
    public void Service_tests_keep_the_thread_safety_checks() =>
        Assert.True(TestCluster.OptionsFor("Host=127.0.0.1").FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled);
}
