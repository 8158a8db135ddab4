using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Journal.Summary;
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
    public async Task Searching_filtering_and_listing_leave_their_connection_as_it_was()
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
            // Read in the index's order (ReadInIndexOrder, ADR 0020).
            Assert.Single((await scope.JournalList().ListAsync(new JournalQuery())).Entries);
            // Connections go back to the pool without a reset: whatever these set on this one would follow it to other pages.
            Assert.Equal("auto", await PlanCacheMode(db).SingleAsync());
            Assert.Equal("on", await Setting(db, "enable_sort").SingleAsync());
        });
    }

    [Theory]
    [InlineData(PlannedForItsValues.Tag, "plan_cache_mode", "force_custom_plan", "auto")]
    [InlineData(ReadInIndexOrder.Tag, "enable_sort", "off", "on")]
    public async Task A_tagged_query_gets_its_planner_setting_and_the_setting_ends_with_it_even_when_it_fails(
        string tag, string name, string tagged, string otherwise)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await OnOneConnectionAsync(db, async () =>
        {
            var setting = Setting(db, name);
            for (var i = 0; i < 3; i++)
            {
                // Run again, so the connection keeps the statements prepared as it would on a busy page.
                Assert.Equal(tagged, await setting.TagWith(tag).SingleAsync());
                Assert.Equal(otherwise, await setting.SingleAsync());
            }
            // Among other tags, and only under its own name.
            Assert.Equal(tagged, await setting.TagWith("the journal page").TagWith(tag).SingleAsync());
            Assert.Equal(otherwise, await setting.TagWith(tag + " or not").SingleAsync());
            var failing = db.Database.SqlQueryRaw<int>("SELECT 1 / (SELECT count(*)::int - count(*)::int FROM pg_class) AS \"Value\"")
                .TagWith(tag);
            await Assert.ThrowsAsync<PostgresException>(() => failing.SingleAsync());
            Assert.Equal(otherwise, await setting.SingleAsync());
        });
    }

    [Fact]
    public async Task The_journal_filtered_by_a_choice_or_searched_is_planned_for_its_values_and_otherwise_read_in_index_order_as_is_the_summary()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var sent = new SentCommands();
        var current = scope.ServiceProvider.GetRequiredService<CurrentOwner>();
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString, sent)) { Owner = current };
        var list = ActivatorUtilities.CreateInstance<JournalList>(scope.ServiceProvider, db);
        var march = new DateOnly(2026, 3, 1);

        async Task<string> Sql(JournalQuery query)
        {
            sent.Texts.Clear();
            await list.ListAsync(query);
            return Assert.Single(sent.Texts);
        }

        // How many entries hold the choice decides between its index and the walk by date: a plan for its values, free to sort.
        foreach (var chosen in new[] { new JournalQuery(Pattern: "labelling"), new JournalQuery(Emotion: "sad"), new JournalQuery(Search: "lighthouse") })
        {
            var sql = await Sql(chosen);
            Assert.StartsWith("SET plan_cache_mode = force_custom_plan;", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("enable_sort", sql, StringComparison.Ordinal);
        }
        // By date alone, the index's own order, whatever plan PostgreSQL keeps (ADR 0020): the first page, a later one, a span.
        var later = new JournalCursor(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero), Guid.NewGuid());
        foreach (var dated in new[] { new JournalQuery(), new JournalQuery(After: later), new JournalQuery(From: march, To: march) })
        {
            var sql = await Sql(dated);
            Assert.StartsWith("SET enable_sort = off;", sql, StringComparison.Ordinal);
            Assert.DoesNotContain("plan_cache_mode", sql, StringComparison.Ordinal);
        }
        // The therapy summary's page of records, a span of dates oldest first, is read the same way.
        sent.Texts.Clear();
        var summaries = ActivatorUtilities.CreateInstance<TherapySummaries>(scope.ServiceProvider, db);
        Assert.True((await summaries.BuildAsync(new SummaryRequest(), TimeZoneInfo.Utc)).Succeeded);
        var records = Assert.Single(sent.Texts, t => t.Contains("OFFSET", StringComparison.Ordinal));
        Assert.StartsWith("SET enable_sort = off;", records, StringComparison.Ordinal);
        var whole = await Sql(new JournalQuery());
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
    private static IQueryable<string> PlanCacheMode(AppDbContext db) => Setting(db, "plan_cache_mode");

    /// <summary>A planner setting as the query that reads it runs.</summary>
    private static IQueryable<string> Setting(AppDbContext db, string name) =>
        db.Database.SqlQueryRaw<string>("SELECT current_setting({0}) AS \"Value\"", name);

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
