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

/// <summary>
/// The plan PostgreSQL runs for a page of one person's rows when it keeps one plan for anyone (docs/adr/0020), read
/// from auto_explain as the query runs. Such a plan is made for a typical person, for whom reading all their rows and
/// sorting costs about what walking the index does; which wins depends on how the rows lie on disk. On the data below,
/// as in the benchmark's slow runs, sorting wins (about 158 against 168), so the journal's query without its tag
/// sorts, and with it must walk the index.
/// </summary>
public class IndexOrderPlanTests(IndexOrderPlanTests.HeavyWriter app) : IClassFixture<IndexOrderPlanTests.HeavyWriter>
{
    [Fact]
    public async Task A_journal_page_of_someone_who_writes_a_lot_walks_the_index_under_a_plan_kept_for_anyone()
    {
        var heavy = app.OwnerId;

        var sorted = await PlanAsync(heavy, tagged: false, (list, _) => FirstPageAsync(list));
        var walked = await PlanAsync(heavy, tagged: true, (list, _) => FirstPageAsync(list));

        Assert.True(sorted.Contains("Sort Key: t.\"CreatedAt\" DESC", StringComparison.Ordinal), sorted);
        Assert.Contains("Index Scan using \"IX_thought_entries_OwnerId_CreatedAt_Id\"", walked, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", walked, StringComparison.Ordinal);
    }

    /// <summary>
    /// A range's estimate under a plan for anyone is a few rows, so this plan has not been seen to sort; the tag is there
    /// in case it does, and the index must give the page its order (ADR 0020), as it does the journal's.
    /// </summary>
    [Fact]
    public async Task The_summarys_page_of_records_is_read_in_order_from_the_index_alone()
    {
        var heavy = app.OwnerId;

        var walked = await PlanAsync(heavy, tagged: true, (_, summaries) => SummaryAsync(summaries));

        Assert.Contains("Index Scan Backward using \"IX_thought_entries_OwnerId_CreatedAt_Id\"", walked, StringComparison.Ordinal);
        Assert.DoesNotContain("Sort", walked, StringComparison.Ordinal);
    }

    private static async Task FirstPageAsync(JournalList list) =>
        Assert.Equal(JournalList.PageSize, (await list.ListAsync(new JournalQuery())).Entries.Count);

    private static async Task SummaryAsync(TherapySummaries summaries) =>
        Assert.True((await summaries.BuildAsync(new SummaryRequest(), TimeZoneInfo.Utc)).Succeeded);

    /// <summary>
    /// The plan of the reads tagged to be read in index order that <paramref name="read"/> makes, on a connection of its
    /// own, so no statement is kept from before; with <paramref name="tagged"/> false the tag's setting is taken out.
    /// </summary>
    private async Task<string> PlanAsync(string owner, bool tagged, Func<JournalList, TherapySummaries, Task> read)
    {
        await using var scope = People.ScopeFor(app, owner);
        var own = new NpgsqlConnectionStringBuilder(app.ConnectionString) { ApplicationName = $"plan-{Guid.NewGuid():N}" };
        var options = TestCluster.OptionsFor(own.ConnectionString, tagged ? [] : [new WithoutSetting()]);
        await using var db = new AppDbContext(options) { Owner = scope.ServiceProvider.GetRequiredService<CurrentOwner>() };
        var plans = new List<string>();
        await db.Database.OpenConnectionAsync();
        ((NpgsqlConnection)db.Database.GetDbConnection()).Notice += (_, e) => plans.Add(e.Notice.MessageText);
        // The test cluster's user is its superuser, which loading auto_explain into a session needs.
        await db.Database.ExecuteSqlRawAsync("""
            LOAD 'auto_explain';
            SET auto_explain.log_min_duration = 0;
            SET auto_explain.log_level = notice;
            SET plan_cache_mode = force_generic_plan;
            """);
        // Twice: the second run is on the statement Npgsql now keeps prepared, as every busy page's is, where the plan
        // kept for any value is the one that counts.
        for (var i = 0; i < 2; i++)
        {
            await read(ActivatorUtilities.CreateInstance<JournalList>(scope.ServiceProvider, db),
                ActivatorUtilities.CreateInstance<TherapySummaries>(scope.ServiceProvider, db));
        }
        return plans.Last(p => p.Contains("-- " + ReadInIndexOrder.Tag, StringComparison.Ordinal));
    }

    /// <summary>The app over a database holding the data below, made once for the class: the tests only read it.</summary>
    public sealed class HeavyWriter : AppFactory
    {
        public string OwnerId { get; private set; } = "";

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            OwnerId = await SeedAsync(this);
        }
    }

    /// <summary>
    /// A person with 25 entries this month, a third of them reframed, and 200 older ones, among 60 people with ten
    /// entries each, laid on disk in no order of person (14 rows a person estimated, as in the benchmark), about two in
    /// five reframed; statistics taken, as autovacuum would. The rows besides the person's 25 are copies made in SQL:
    /// only a page's rows are opened, and those are the person's own, written through the app.
    /// </summary>
    private static async Task<string> SeedAsync(AppFactory app)
    {
        var heavy = await People.CreateAsync(app);
        await using (var scope = People.ScopeFor(app, heavy))
        {
            for (var i = 0; i < 25; i++)
            {
                var made = await scope.Entries().CreateAsync(JournalSamples.Entry());
                if (i % 3 == 0)
                {
                    Assert.True((await scope.Reframes().AddAsync(made.Id!.Value, JournalSamples.Reframe())).Succeeded);
                }
            }
        }
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        // random() seeded, so every run lays the rows out the same way and takes the same statistics.
        await using var seed = new NpgsqlCommand("""
            SELECT setseed(0.5);
            INSERT INTO "AspNetUsers"
            SELECT (jsonb_populate_record(NULL::"AspNetUsers", to_jsonb(u) || jsonb_build_object('Id', u."Id" || '-' || n,
                'UserName', n || u."UserName", 'NormalizedUserName', n || u."NormalizedUserName", 'Email', n || u."Email",
                'NormalizedEmail', n || u."NormalizedEmail"))).*
            FROM "AspNetUsers" u, generate_series(1, 60) n WHERE u."Id" = @heavy ORDER BY n;
            WITH one AS (SELECT * FROM thought_entries WHERE "OwnerId" = @heavy LIMIT 1)
            INSERT INTO thought_entries
            SELECT (jsonb_populate_record(NULL::thought_entries, to_jsonb(e) || jsonb_build_object('Id', gen_random_uuid(),
                'OwnerId', e."OwnerId" || '-' || n, 'CreatedAt', e."CreatedAt" - make_interval(days => n + k), 'SaveKey', NULL))).*
            FROM one e, generate_series(1, 60) n, generate_series(1, 10) k ORDER BY random();
            WITH one AS (SELECT * FROM thought_entries WHERE "OwnerId" = @heavy LIMIT 1)
            INSERT INTO thought_entries
            SELECT (jsonb_populate_record(NULL::thought_entries, to_jsonb(e) || jsonb_build_object('Id', gen_random_uuid(),
                'CreatedAt', e."CreatedAt" - make_interval(days => 60 + k), 'SaveKey', NULL))).*
            FROM one e, generate_series(1, 200) k ORDER BY k;
            WITH one AS (SELECT * FROM reframes WHERE "OwnerId" = @heavy LIMIT 1)
            INSERT INTO reframes
            SELECT (jsonb_populate_record(NULL::reframes, to_jsonb(r) || jsonb_build_object('Id', gen_random_uuid(),
                'OwnerId', t."OwnerId", 'EntryId', t."Id", 'CreatedAt', t."CreatedAt" + interval '1 day', 'SaveKey', NULL))).*
            FROM one r, thought_entries t WHERE t."CreatedAt" < r."CreatedAt" - interval '1 day' AND random() < 0.4;
            ANALYZE;
            """, connection);
        seed.Parameters.AddWithValue("heavy", heavy);
        await seed.ExecuteNonQueryAsync();
        return heavy;
    }

    /// <summary>The tagged query as it would run without its setting, the tag itself left in place.</summary>
    private sealed class WithoutSetting : DbCommandInterceptor
    {
        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            command.CommandText = command.CommandText.Replace("SET enable_sort = off;", "", StringComparison.Ordinal)
                .Replace("RESET enable_sort", "", StringComparison.Ordinal);
            return ValueTask.FromResult(result);
        }
    }
}
