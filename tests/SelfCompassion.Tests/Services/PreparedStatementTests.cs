using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Services;

public class PreparedStatementTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_query_run_again_on_a_connection_is_kept_prepared_by_PostgreSQL()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.Database.OpenConnectionAsync();
        try
        {
            for (var i = 0; i < 3; i++)
            {
                await db.Users.AsNoTracking().CountAsync(u => u.EmailConfirmed);
            }
            var prepared = await db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%EmailConfirmed%'")
                .SingleAsync();
            Assert.Equal(1, prepared);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
