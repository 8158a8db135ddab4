using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Data;
using SelfCompassion.Journal;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

public class JournalServiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task An_entry_reads_back_exactly_as_it_was_written()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var created = await scope.Journal().CreateAsync(owner, Entry());

        var entry = await scope.Journal().GetAsync(owner, created.Id!.Value);

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
        var id = (await scope.Journal().CreateAsync(owner, Entry("Zebrafinch thought about myself"))).Id!.Value;
        await scope.Journal().AddReframeAsync(owner, id, Reframe(response: "Quokkalike kindness toward me"));

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
        var id = (await scope.Journal().CreateAsync(owner, Entry())).Id!.Value;

        // Move the situation's ciphertext into the thought column: bound to its field, it must not read as the thought.
        await ExecuteAsync($"UPDATE thought_entries SET \"ThoughtCipher\" = \"SituationCipher\" WHERE \"Id\" = '{id}'");
        await using var again = People.ScopeFor(app, owner);
        await Assert.ThrowsAnyAsync<System.Security.Cryptography.CryptographicException>(() => again.Journal().GetAsync(owner, id));
    }

    [Fact]
    public async Task Another_person_cannot_read_change_reframe_or_delete_an_entry()
    {
        var owner = await People.CreateAsync(app);
        var stranger = await People.CreateAsync(app);
        Guid id;
        await using (var scope = People.ScopeFor(app, owner))
        {
            id = (await scope.Journal().CreateAsync(owner, Entry())).Id!.Value;
        }

        await using (var scope = People.ScopeFor(app, stranger))
        {
            var journal = scope.Journal();
            Assert.Null(await journal.GetAsync(stranger, id));
            Assert.Equal(JournalStatus.NotFound, (await journal.UpdateAsync(stranger, id, 0, Entry("hijacked"))).Status);
            Assert.Equal(JournalStatus.NotFound, (await journal.AddReframeAsync(stranger, id, Reframe())).Status);
            Assert.Equal(JournalStatus.NotFound, (await journal.DeleteAsync(stranger, id)).Status);
            Assert.Empty((await journal.ListAsync(stranger, new JournalQuery())).Entries);
            // Even a query that forgets to name its owner sees only the signed-in person's rows.
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<AppDbContext>().ThoughtEntries.CountAsync(e => e.Id == id));
        }

        await using (var scope = People.ScopeFor(app, owner))
        {
            var entry = await scope.Journal().GetAsync(owner, id);
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
            await scope.Journal().CreateAsync(owner, Entry());
        }
        await using var anonymous = People.ScopeFor(app, null);
        Assert.Equal(0, await anonymous.ServiceProvider.GetRequiredService<AppDbContext>().ThoughtEntries.CountAsync());
    }

    [Fact]
    public async Task An_edit_from_a_stale_version_is_a_conflict_and_overwrites_nothing()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Journal().CreateAsync(owner, Entry())).Id!.Value;
        var opened = (await scope.Journal().GetAsync(owner, id))!.Version;

        await using (var firstTab = People.ScopeFor(app, owner))
        {
            Assert.Equal(JournalStatus.Saved, (await firstTab.Journal().UpdateAsync(owner, id, opened, Entry("First tab's words"))).Status);
        }
        await using var secondTab = People.ScopeFor(app, owner);
        var stale = await secondTab.Journal().UpdateAsync(owner, id, opened, Entry("Second tab's words"));

        Assert.Equal(JournalStatus.Conflict, stale.Status);
        Assert.Equal("First tab's words", (await secondTab.Journal().GetAsync(owner, id))!.Thought);
    }

    [Fact]
    public async Task Deleting_an_entry_really_deletes_it_with_its_reframes()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Journal().CreateAsync(owner, Entry())).Id!.Value;
        await scope.Journal().AddReframeAsync(owner, id, Reframe());

        Assert.Equal(JournalStatus.Saved, (await scope.Journal().DeleteAsync(owner, id)).Status);

        Assert.Null(await scope.Journal().GetAsync(owner, id));
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM reframes WHERE \"EntryId\" = '{id}'"));
        Assert.Equal(0L, await ScalarAsync($"SELECT count(*) FROM entry_emotions WHERE \"EntryId\" = '{id}'"));
    }

    [Fact]
    public async Task Reframes_gather_in_order_with_their_before_and_after()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Journal().CreateAsync(owner, Entry(belief: 80))).Id!.Value;

        await scope.Journal().AddReframeAsync(owner, id, Reframe(beliefAfter: 40));
        await scope.Journal().AddReframeAsync(owner, id, Reframe(beliefAfter: 25, response: "Second look"));

        var entry = (await scope.Journal().GetAsync(owner, id))!;
        Assert.Equal([(80, 40), (80, 25)], entry.Reframes.Select(r => (r.BeliefBefore, r.BeliefAfter)));
        Assert.Equal("Second look", entry.Reframes[1].CompassionateResponse);
        Assert.Equal([("Ashamed", 70, 30), ("small", 55, 20)], entry.Reframes[0].Emotions.Select(e => (e.Label, e.Before, e.After)));
    }

    [Fact]
    public async Task A_reframe_begun_before_an_edit_is_a_conflict_and_stores_nothing()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Journal().CreateAsync(owner, Entry())).Id!.Value;
        var opened = (await scope.Journal().GetAsync(owner, id))!.Version;
        await scope.Journal().UpdateAsync(owner, id, opened, Entry() with { Emotions = [new("sad", null, 50), new("lonely", null, 40)] });

        var stale = await scope.Journal().AddReframeAsync(owner, id, Reframe(), opened);

        Assert.Equal(JournalStatus.Conflict, stale.Status);
        Assert.Empty((await scope.Journal().GetAsync(owner, id))!.Reframes);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_reason_and_nothing_is_stored()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var cases = new (EntryInput Input, string Field)[]
        {
            (Entry() with { Thought = "  " }, "Thought"),
            (Entry() with { Thought = new string('x', 2001) }, "Thought"),
            (Entry() with { Situation = new string('x', 1001) }, "Situation"),
            (Entry() with { Belief = 101 }, "Belief"),
            (Entry() with { Belief = -1 }, "Belief"),
            (Entry() with { Emotions = [] }, "Emotions"),
            (Entry() with { Emotions = [new("furious-unknown", null, 50)] }, "Emotions"),
            (Entry() with { Emotions = [new("sad", null, 101)] }, "Emotions"),
            (Entry() with { Emotions = [new(null, "a", 1), new(null, "b", 1), new(null, "c", 1), new(null, "d", 1)] }, "Emotions"),
            (Entry() with { Patterns = ["not-a-pattern"] }, "Patterns"),
        };
        foreach (var (input, field) in cases)
        {
            var result = await scope.Journal().CreateAsync(owner, input);
            Assert.Equal(JournalStatus.Invalid, result.Status);
            Assert.Contains(result.Errors, e => e.Field == field);
        }
        Assert.False(await scope.Journal().HasEntriesAsync(owner));
    }

    [Fact]
    public async Task Crisis_words_are_saved_and_noticed()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var result = await scope.Journal().CreateAsync(owner, Entry("Everyone would be better off without me"));
        Assert.Equal(JournalStatus.Saved, result.Status);
        Assert.True(result.CrisisNoticed);

        var calm = await scope.Journal().CreateAsync(owner, Entry());
        Assert.False(calm.CrisisNoticed);
        var reframe = await scope.Journal().AddReframeAsync(owner, calm.Id!.Value, Reframe(response: "Some days I want to die, and I still deserve care"));
        Assert.True(reframe.CrisisNoticed);
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
