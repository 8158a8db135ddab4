using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Ownership;
using SelfCompassion.Tests.Services.Journal;

namespace SelfCompassion.Tests.Services;

public class PreparedStatementTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_query_run_again_on_a_connection_is_kept_prepared_and_may_keep_its_plan()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await OnOneConnectionAsync(db, async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await db.Users.AsNoTracking().CountAsync(u => u.EmailConfirmed);
            }
            var prepared = await db.Database
                .SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%EmailConfirmed%'")
                .SingleAsync();
            Assert.Equal(1, prepared);
            // PostgreSQL's own choice: a plan kept once it no longer depends on the values (search asks otherwise, ADR 0010).
            Assert.Equal("auto", await PlanCacheMode(db).SingleAsync());
        });
    }

    [Fact]
    public async Task Searching_and_filtering_leave_their_connection_as_it_was()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        await scope.Entries().CreateAsync(JournalSamples.Entry("The lighthouse keeper in my head was loud today"));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await OnOneConnectionAsync(db, async () =>
        {
            // Both are planned for their own values (PlannedForItsValues, ADR 0010).
            Assert.Single((await scope.JournalList().ListAsync(new JournalQuery(Search: "lighthouse"))).Entries);
            Assert.Single((await scope.JournalList().ListAsync(new JournalQuery(Pattern: "labelling"))).Entries);
            // Connections go back to the pool without a reset: whatever search set on this one would follow it to other pages.
            Assert.Equal("auto", await PlanCacheMode(db).SingleAsync());
        });
    }

    [Fact]
    public async Task A_tagged_query_is_planned_for_its_values_and_the_setting_ends_with_it_even_when_it_fails()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await OnOneConnectionAsync(db, async () =>
        {
            var setting = PlanCacheMode(db);
            for (var i = 0; i < 3; i++)
            {
                // Run again, so the connection keeps the statements prepared as it would on a busy page.
                Assert.Equal("force_custom_plan", await setting.TagWith(PlannedForItsValues.Tag).SingleAsync());
                Assert.Equal("auto", await setting.SingleAsync());
            }
            // Among other tags, and only under its own name.
            Assert.Equal("force_custom_plan", await setting.TagWith("the journal page").TagWith(PlannedForItsValues.Tag).SingleAsync());
            Assert.Equal("auto", await setting.TagWith(PlannedForItsValues.Tag + " or not").SingleAsync());
            var failing = db.Database.SqlQueryRaw<int>("SELECT 1 / (SELECT count(*)::int - count(*)::int FROM pg_class) AS \"Value\"")
                .TagWith(PlannedForItsValues.Tag);
            await Assert.ThrowsAsync<PostgresException>(() => failing.SingleAsync());
            Assert.Equal("auto", await setting.SingleAsync());
        });
    }

    [Fact]
    public async Task The_journal_filtered_by_a_choice_or_searched_is_planned_for_its_values_and_otherwise_is_not()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var sent = new SentCommands();
        var options = new DbContextOptionsBuilder<AppDbContext>();
        AppDbContextOptions.Configure(options, app.ConnectionString);
        options.AddInterceptors(sent);
        var current = scope.ServiceProvider.GetRequiredService<CurrentOwner>();
        await using var db = new AppDbContext(options.Options) { Owner = current };
        var list = ActivatorUtilities.CreateInstance<JournalList>(scope.ServiceProvider, db);
        var march = new DateOnly(2026, 3, 1);

        async Task<string> Sql(JournalQuery query)
        {
            sent.Texts.Clear();
            await list.ListAsync(query);
            return Assert.Single(sent.Texts);
        }

        Assert.StartsWith("SET plan_cache_mode = force_custom_plan;", await Sql(new JournalQuery(Pattern: "labelling")), StringComparison.Ordinal);
        Assert.StartsWith("SET plan_cache_mode = force_custom_plan;", await Sql(new JournalQuery(Emotion: "sad")), StringComparison.Ordinal);
        Assert.StartsWith("SET plan_cache_mode = force_custom_plan;", await Sql(new JournalQuery(Search: "lighthouse")), StringComparison.Ordinal);
        Assert.DoesNotContain("plan_cache_mode", await Sql(new JournalQuery(From: march, To: march)), StringComparison.Ordinal);
        var whole = await Sql(new JournalQuery());
        Assert.DoesNotContain("plan_cache_mode", whole, StringComparison.Ordinal);
        // Filters nobody chose are left out of the SQL, not sent as "parameter IS NULL OR ...".
        Assert.DoesNotContain("IS NULL", whole, StringComparison.Ordinal);
    }

    [Fact]
    public void A_connection_string_that_turns_preparing_off_is_obeyed()
    {
        var pooled = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled("Host=db;Max Auto Prepare=0"));
        Assert.Equal(0, pooled.MaxAutoPrepare);
        Assert.Null(pooled.Options);
    }

    [Fact]
    public void Options_already_given_are_kept_as_they_are()
    {
        var pooled = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled("Host=db;Options=-c search_path=app"));
        Assert.Equal(64, pooled.MaxAutoPrepare);
        Assert.Equal("-c search_path=app", pooled.Options);
    }

    /// <summary>The plan cache setting of the connection the query runs on.</summary>
    private static IQueryable<string> PlanCacheMode(AppDbContext db) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting('plan_cache_mode') AS \"Value\"");

    /// <summary>Runs <paramref name="body"/> on one connection, so what it set there is what the next query sees.</summary>
    private static async Task OnOneConnectionAsync(AppDbContext db, Func<Task> body)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await body();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The text of each query as it goes to PostgreSQL, after the app's own interceptor has had its say.</summary>
    private sealed class SentCommands : DbCommandInterceptor
    {
        public List<string> Texts { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Texts.Add(command.CommandText);
            return ValueTask.FromResult(result);
        }
    }
}
