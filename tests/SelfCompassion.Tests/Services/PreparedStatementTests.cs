using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Services;

public class PreparedStatementTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_query_run_again_on_a_connection_is_kept_prepared_and_still_planned_for_its_own_values()
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
            // Planned for each run's own values: a generic plan walked a heavy journal from the top to reach page 500.
            Assert.Equal("force_custom_plan", await db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"").SingleAsync());
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    [Fact]
    public void A_connection_string_that_turns_preparing_off_is_obeyed()
    {
        var pooled = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled("Host=db;Max Auto Prepare=0"));
        Assert.Equal(0, pooled.MaxAutoPrepare);
        Assert.Null(pooled.Options);
    }

    [Fact]
    public void Options_already_given_keep_their_place_beside_planning_per_run()
    {
        var pooled = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled("Host=db;Options=-c search_path=app"));
        Assert.Equal(64, pooled.MaxAutoPrepare);
        Assert.Equal("-c search_path=app -c plan_cache_mode=force_custom_plan", pooled.Options);
    }
}
