using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Protection;

namespace SelfCompassion.Data.Upgrades;

/// <summary>
/// The first journal versions encrypted each text field into a column of its own; now a record's words are sealed as
/// one document. This re-seals the old rows between the migration that adds the document column and the one that drops
/// the old columns. It reads the old columns with SQL, since the model no longer has them.
/// </summary>
internal sealed class SealedTextUpgrade(AppDbContext db, TextCipher cipher, ILogger logger)
{
    public const string After = "20261126012233_SealedText";
    public const string Before = "20261126012702_SealedTextOnly";
    private const int Batch = 500;

    private static readonly string[] ReframeColumns =
        ["AcknowledgementCipher", "CommonHumanityCipher", "EvidenceForCipher", "EvidenceAgainstCipher", "FriendViewCipher", "CompassionateResponseCipher"];

    private static readonly string[] ReframePurposes =
        ["acknowledgement", "common-humanity", "evidence-for", "evidence-against", "friend-view", "compassionate-response"];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var entries = await RewriteAsync(connection, "thought_entries", "entry_emotions", "EntryId",
            ["SituationCipher", "ThoughtCipher"], SealEntry, cancellationToken);
        var reframes = await RewriteAsync(connection, "reframes", "reframe_emotions", "ReframeId",
            ReframeColumns, SealReframe, cancellationToken);
        if (entries + reframes > 0)
        {
            logger.LogInformation("Re-sealed {Entries} journal entries and {Reframes} reframes as single documents", entries, reframes);
        }
    }

    private byte[] SealEntry(OwnerCipher owner, Guid id, byte[]?[] columns, IReadOnlyList<string?>? ownWords) =>
        owner.Seal(new SealedEntry(new EntryText { Thought = owner.Decrypt(columns[1], id, "thought"), Situation = owner.Decrypt(columns[0], id, "situation") }, ownWords),
            id, SealedEntry.Purpose);

    private byte[] SealReframe(OwnerCipher owner, Guid id, byte[]?[] columns, IReadOnlyList<string?>? ownWords)
    {
        string? Text(int i) => owner.Decrypt(columns[i], id, ReframePurposes[i]);
        var steps = new ReframeText
        {
            Acknowledgement = Text(0),
            CommonHumanity = Text(1),
            EvidenceFor = Text(2),
            EvidenceAgainst = Text(3),
            FriendView = Text(4),
            CompassionateResponse = Text(5),
        };
        return SealedReframe.Seal(steps, ownWords, id, owner);
    }

    private delegate byte[] Sealer(OwnerCipher owner, Guid id, byte[]?[] columns, IReadOnlyList<string?>? ownWords);

    private async Task<int> RewriteAsync(NpgsqlConnection connection, string table, string emotionTable, string parentColumn,
        string[] columns, Sealer seal, CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var rows = new List<(Guid Id, string Owner, byte[]?[] Columns)>();
            var select = $"SELECT \"Id\", \"OwnerId\", {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM {table} WHERE \"TextCipher\" IS NULL LIMIT {Batch}";
            await using (var command = new NpgsqlCommand(select, connection))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    rows.Add((reader.GetGuid(0), reader.GetString(1), columns.Select((_, i) => Bytes(reader, i + 2)).ToArray()));
                }
            }
            if (rows.Count == 0)
            {
                return total;
            }
            var ownWords = await OwnWordsAsync(connection, emotionTable, parentColumn, rows.Select(r => r.Id).ToArray(), cancellationToken);
            foreach (var (id, ownerId, values) in rows)
            {
                using var owner = cipher.For(ownerId);
                var words = ownWords.TryGetValue(id, out var named) ? Decrypt(owner, id, named) : null;
                await using var update = new NpgsqlCommand($"UPDATE {table} SET \"TextCipher\" = $1 WHERE \"Id\" = $2", connection);
                update.Parameters.AddWithValue(seal(owner, id, values, words));
                update.Parameters.AddWithValue(id);
                await update.ExecuteNonQueryAsync(cancellationToken);
            }
            total += rows.Count;
        }
    }

    private static async Task<Dictionary<Guid, List<(int Position, byte[] Cipher)>>> OwnWordsAsync(NpgsqlConnection connection,
        string emotionTable, string parentColumn, Guid[] ids, CancellationToken cancellationToken)
    {
        var words = new Dictionary<Guid, List<(int, byte[])>>();
        await using var command = new NpgsqlCommand(
            $"SELECT \"{parentColumn}\", \"Position\", \"CustomNameCipher\" FROM {emotionTable} WHERE \"{parentColumn}\" = ANY($1) AND \"CustomNameCipher\" IS NOT NULL",
            connection);
        command.Parameters.AddWithValue(ids);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var parent = reader.GetGuid(0);
            if (!words.TryGetValue(parent, out var list))
            {
                words[parent] = list = [];
            }
            list.Add((reader.GetInt32(1), (byte[])reader.GetValue(2)));
        }
        return words;
    }

    /// <summary>The own words by the position of their rating, each decrypted with the purpose it was sealed under.</summary>
    private static string?[] Decrypt(OwnerCipher owner, Guid id, List<(int Position, byte[] Cipher)> named)
    {
        var words = new string?[named.Max(n => n.Position) + 1];
        foreach (var (position, sealedWord) in named)
        {
            words[position] = owner.Decrypt(sealedWord, id, $"emotion/{position}");
        }
        return words;
    }

    private static byte[]? Bytes(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : (byte[])reader.GetValue(ordinal);
}
