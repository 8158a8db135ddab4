using System.Collections;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Journal;
using SelfCompassion.Journal.Entries;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

/// <summary>
/// Whole entries are read without the search index's hashes, field by field: a column added to an entry or a reframe
/// and not to that read would otherwise reach the summary, the entry page and the export as its default.
/// </summary>
public class WholeEntriesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Whole_entries_hold_every_column_but_the_search_hashes()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry("I let everyone down at the meeting"))).Id!.Value;
        Assert.True((await scope.Reframes().AddAsync(id, Reframe(35))).Succeeded);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Indexing runs beside saving; the row must hold hashes for their absence below to mean anything.
        await db.ThoughtEntries.Where(e => e.Id == id).ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchTerms, [1L, 2L]));
        await db.Reframes.Where(r => r.EntryId == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SearchTerms, [3L]));

        var whole = (await WholeEntries.ReadAsync(db, db.ThoughtEntries.Where(e => e.Id == id), CancellationToken.None)).Single();
        var entry = await db.ThoughtEntries.AsNoTracking().SingleAsync(e => e.Id == id);
        var reframe = await db.Reframes.AsNoTracking().SingleAsync(r => r.EntryId == id);

        AssertSameColumns(db, entry, whole);
        AssertSameColumns(db, reframe, Assert.Single(whole.Reframes));
        Assert.NotEmpty(whole.Emotions);
        Assert.NotEmpty(whole.Reframes[0].Emotions);
    }

    private static void AssertSameColumns<T>(AppDbContext db, T full, T read)
    {
        foreach (var property in db.Model.FindEntityType(typeof(T))!.GetProperties().Where(p => p.PropertyInfo is not null))
        {
            var (expected, actual) = (property.PropertyInfo!.GetValue(full), property.PropertyInfo.GetValue(read));
            if (property.Name == nameof(ThoughtEntry.SearchTerms))
            {
                Assert.NotNull(expected);
                Assert.Null(actual);
            }
            else if (expected is IEnumerable sequence and not string)
            {
                Assert.Equal(sequence.Cast<object>(), ((IEnumerable)actual!).Cast<object>());
            }
            else
            {
                Assert.True(Equals(expected, actual), $"{typeof(T).Name}.{property.Name}: {expected} was read as {actual}.");
            }
        }
    }
}
