using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

public class JournalServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_entry_reads_back_exactly_as_it_was_written()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var created = await scope.Entries().CreateAsync(Entry());

        var entry = await scope.Entries().GetAsync(created.Id!.Value);

        Assert.NotNull(entry);
        Assert.Equal("At work, after the meeting ran late", entry.Situation);
        Assert.Equal("I always mess everything up", entry.Thought);
        Assert.Equal(80, entry.Belief);
        Assert.Equal(["overgeneralising", "labelling"], entry.Patterns);
        Assert.Equal([("Ashamed", 70), ("small", 55)], entry.Emotions.Select(e => (e.Label, e.Intensity)));
    }

    [Fact]
    public async Task The_database_holds_no_plaintext_of_entries_or_reframes()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry("Zebrafinch thought about myself"))).Id!.Value;
        await scope.Reframes().AddAsync(id, Reframe(response: "Quokkalike kindness toward me"));

        var dump = await DumpAsync("thought_entries", "entry_emotions", "reframes", "reframe_emotions");

        Assert.Contains(id.ToString(), dump);
        foreach (var secret in new[] { "Zebrafinch", "meeting ran late", "Quokkalike", "small", "ashamed and tired", "far too hard" })
        {
            Assert.DoesNotContain(secret, dump, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_tampered_or_moved_ciphertext_does_not_decrypt()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
        var other = (await scope.Entries().CreateAsync(Entry("Another thought of mine"))).Id!.Value;

        // Move another entry's sealed words into this row: bound to its own row, it must not read as this entry's.
        await ExecuteAsync($"UPDATE thought_entries SET \"TextCipher\" = (SELECT \"TextCipher\" FROM thought_entries WHERE \"Id\" = '{other}') WHERE \"Id\" = '{id}'");
        await using var again = People.ScopeFor(app, owner);
        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => again.Entries().GetAsync(id));
    }

    [Fact]
    public async Task Another_person_cannot_read_change_reframe_or_delete_an_entry()
    {
        var owner = await People.CreateAsync(app);
        var stranger = await People.CreateAsync(app);
        Guid id;
        await using (var scope = People.ScopeFor(app, owner))
        {
            id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
        }

        await using (var scope = People.ScopeFor(app, stranger))
        {
            var journal = scope.Journal();
            Assert.Null(await journal.Entries.GetAsync(id));
            Assert.Equal(OutcomeStatus.NotFound, (await journal.Entries.UpdateAsync(id, 0, Entry("hijacked"))).Status);
            Assert.Equal(OutcomeStatus.NotFound, (await journal.Reframes.AddAsync(id, Reframe())).Status);
            Assert.Equal(OutcomeStatus.NotFound, (await journal.Entries.DeleteAsync(id)).Status);
            Assert.Empty((await journal.List.ListAsync(new JournalQuery())).Entries);
            // Even a query that forgets to name its owner sees only the signed-in person's rows.
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().ThoughtEntries.CountAsync(e => e.Id == id));
        }

        await using (var scope = People.ScopeFor(app, owner))
        {
            var entry = await scope.Entries().GetAsync(id);
            Assert.Equal("I always mess everything up", entry!.Thought);
            Assert.Empty(entry.Reframes);
        }
    }

    [Fact]
    public async Task With_no_one_signed_in_the_context_sees_no_journal_rows()
    {
        var owner = await People.CreateAsync(app);
        await using (var scope = People.ScopeFor(app, owner))
        {
            await scope.Entries().CreateAsync(Entry());
        }
        await using var anonymous = People.ScopeFor(app, null);
        Assert.Equal(0, await anonymous.ServiceProvider.GetRequiredService<AppDbContext>().ThoughtEntries.CountAsync());
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_a_conflict_and_overwrites_nothing()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
        var opened = (await scope.Entries().GetAsync(id))!.Version;

        await using (var firstTab = People.ScopeFor(app, owner))
        {
            Assert.Equal(OutcomeStatus.Done, (await firstTab.Entries().UpdateAsync(id, opened, Entry("First tab's words"))).Status);
        }
        await using var secondTab = People.ScopeFor(app, owner);
        var stale = await secondTab.Entries().UpdateAsync(id, opened, Entry("Second tab's words"));

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Equal("First tab's words", (await secondTab.Entries().GetAsync(id))!.Thought);
    }

    [Fact]
    public async Task The_same_edit_sent_again_from_the_older_version_is_saved_not_a_conflict()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
        var opened = (await scope.Entries().GetAsync(id))!.Version;
        var edit = Entry("I was short with my sister once");
        edit.Custom = [new OwnFeeling { Name = "raw", Intensity = 35 }];
        Assert.Equal(OutcomeStatus.Done, (await scope.Entries().UpdateAsync(id, opened, edit)).Status);

        await using var again = People.ScopeFor(app, owner);
        var sentAgain = await again.Entries().UpdateAsync(id, opened, edit with { Custom = [new OwnFeeling { Name = "raw", Intensity = 35 }] });
        var otherFeeling = await again.Entries().UpdateAsync(id, opened, edit with { Custom = [new OwnFeeling { Name = "raw", Intensity = 36 }] });
        var otherBelief = await again.Entries().UpdateAsync(id, opened, edit with { Belief = edit.Belief - 1 });

        Assert.Equal(OutcomeStatus.Done, sentAgain.Status);
        Assert.Equal(id, sentAgain.Id);
        Assert.Equal(OutcomeStatus.Conflict, otherFeeling.Status);
        Assert.Equal(OutcomeStatus.Conflict, otherBelief.Status);
    }

    [Fact]
    public async Task Deleting_an_entry_really_deletes_it_with_its_reframes()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
        await scope.Reframes().AddAsync(id, Reframe());

        Assert.Equal(OutcomeStatus.Done, (await scope.Entries().DeleteAsync(id)).Status);

        Assert.Null(await scope.Entries().GetAsync(id));
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM reframes WHERE \"EntryId\" = '{id}'"));
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM entry_emotions WHERE \"EntryId\" = '{id}'"));
    }

    [Fact]
    public async Task Reframes_gather_in_order_with_their_before_and_after()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry(belief: 80))).Id!.Value;

        await scope.Reframes().AddAsync(id, Reframe(beliefAfter: 40));
        await scope.Reframes().AddAsync(id, Reframe(beliefAfter: 25, response: "Second look"));

        var entry = (await scope.Entries().GetAsync(id))!;
        Assert.Equal([(80, 40), (80, 25)], entry.Reframes.Select(r => (r.BeliefBefore, r.BeliefAfter)));
        Assert.Equal("Second look", entry.Reframes[1].CompassionateResponse);
        Assert.Equal([("Ashamed", 70, 30), ("small", 55, 20)], entry.Reframes[0].Emotions.Select(e => (e.Label, e.Before, e.After)));
    }

    [Fact]
    public async Task A_reframe_begun_before_an_edit_is_a_conflict_and_stores_nothing()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry())).Id!.Value;
        var opened = (await scope.Entries().GetAsync(id))!.Version;
        await scope.Entries().UpdateAsync(id, opened, Entry().Feeling(("sad", 50), ("lonely", 40)));

        var stale = await scope.Reframes().AddAsync(id, Reframe(), opened);

        Assert.Equal(OutcomeStatus.Conflict, stale.Status);
        Assert.Empty((await scope.Entries().GetAsync(id))!.Reframes);
    }

    private async Task<string> DumpAsync(params string[] tables)
    {
        var text = new System.Text.StringBuilder();
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT * FROM {table}", connection);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    text.Append(value is byte[] bytes ? System.Text.Encoding.UTF8.GetString(bytes) : value.ToString()).Append('|');
                    if (value is string[] array)
                    {
                        text.Append(string.Join(',', array));
                    }
                }
                text.AppendLine();
            }
        }
        return text.ToString();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
