using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using SelfCompassion.Data;
using SelfCompassion.Protection;

namespace SelfCompassion.Tests.Services.Journal;

/// <summary>
/// A database as the first journal versions left it: each text field its own ciphertext, bound to the field's name.
/// The app migrates it when it starts, as Development does and as `migrate` does in production.
/// </summary>
public sealed class OldJournalFactory : AppFactory
{
    private readonly string _key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string Owner { get; } = Guid.NewGuid().ToString();

    public Guid EntryId { get; } = Guid.CreateVersion7();

    public Guid ReframeId { get; } = Guid.CreateVersion7();

    public override async Task InitializeAsync()
    {
        ConnectionString = await TestCluster.CreateDatabaseAsync(migrated: false);
        await using (var db = new AppDbContext(TestCluster.OptionsFor(ConnectionString)))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261126012233_SealedText");
        }
        using var cipher = new TextCipher(MasterKey.FromBase64(_key)).For(Owner);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await ExecuteAsync(connection, """
            INSERT INTO "AspNetUsers" ("Id", "DisplayName", "TimeZoneId", "CreatedAt", "EmailConfirmed", "PhoneNumberConfirmed",
                "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") VALUES ($1, 'Early', 'UTC', now(), true, false, false, true, 0)
            """, Owner);
        await ExecuteAsync(connection, """
            INSERT INTO thought_entries ("Id", "OwnerId", "CreatedAt", "UpdatedAt", "SituationCipher", "ThoughtCipher", "Belief", "Patterns", "EmotionKeys")
            VALUES ($1, $2, now(), now(), $3, $4, 80, '{labelling}', '{ashamed}')
            """, EntryId, Owner, cipher.Encrypt("At the birthday dinner", EntryId, "situation")!, cipher.Encrypt("I let everyone down", EntryId, "thought")!);
        await ExecuteAsync(connection, """
            INSERT INTO entry_emotions ("EntryId", "Position", "Key", "CustomNameCipher", "Intensity") VALUES ($1, 0, 'ashamed', NULL, 70), ($1, 1, NULL, $2, 40)
            """, EntryId, cipher.Encrypt("tiny", EntryId, "emotion/1")!);
        await ExecuteAsync(connection, """
            INSERT INTO reframes ("Id", "EntryId", "OwnerId", "CreatedAt", "AcknowledgementCipher", "FriendViewCipher", "CompassionateResponseCipher", "BeliefBefore", "BeliefAfter")
            VALUES ($1, $2, $3, now(), $4, $5, $6, 80, 35)
            """, ReframeId, EntryId, Owner, cipher.Encrypt("I feel small", ReframeId, "acknowledgement")!,
            cipher.Encrypt("I'd be gentler with a friend", ReframeId, "friend-view")!, cipher.Encrypt("One evening doesn't define me", ReframeId, "compassionate-response")!);
        await ExecuteAsync(connection, """
            INSERT INTO reframe_emotions ("ReframeId", "Position", "Key", "CustomNameCipher", "Before", "After") VALUES ($1, 0, 'ashamed', NULL, 70, 30), ($1, 1, NULL, $2, 40, 15)
            """, ReframeId, cipher.Encrypt("tiny", ReframeId, "emotion/1")!);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("JournalEncryption:Key", _key);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }
        await command.ExecuteNonQueryAsync();
    }
}

public class SealedTextUpgradeTests(OldJournalFactory app) : IClassFixture<OldJournalFactory>
{
    [Fact]
    public async Task Entries_and_reframes_written_field_by_field_read_back_the_same_after_migrating()
    {
        await using var scope = People.ScopeFor(app, app.Owner);
        var entry = (await scope.Entries().GetAsync(app.EntryId))!;

        Assert.Equal(("I let everyone down", "At the birthday dinner"), (entry.Thought, entry.Situation));
        Assert.Equal([("Ashamed", 70), ("tiny", 40)], entry.Emotions.Select(e => (e.Label, e.Intensity)));
        var reframe = Assert.Single(entry.Reframes);
        Assert.Equal(("I feel small", null, "I'd be gentler with a friend", "One evening doesn't define me"),
            (reframe.Acknowledgement, reframe.EvidenceFor, reframe.FriendView, reframe.CompassionateResponse));
        Assert.Equal([("Ashamed", 70, 30), ("tiny", 40, 15)], reframe.Emotions.Select(e => (e.Label, e.Before, e.After)));
    }

    [Fact]
    public async Task Nothing_is_left_pending_and_the_old_columns_are_gone()
    {
        _ = app.Services; // starts the app, which migrates
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        var columns = await db.Database.SqlQuery<string>($"SELECT column_name AS \"Value\" FROM information_schema.columns WHERE column_name LIKE '%Cipher'").ToListAsync();
        // One sealed document per record: entries, reframes, practices and safety plans each have TextCipher, nothing else.
        Assert.True(columns.Count >= 3);
        Assert.All(columns, column => Assert.Equal("TextCipher", column));
    }
}
