using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CsvHelper;
using SelfCompassion.Journal;

namespace SelfCompassion.Portability;

/// <summary>
/// The download: the complete JSON, and one CSV per kind of record for a spreadsheet (UTF-8 with a byte-order mark so
/// spreadsheets read any script; a cell that starts like a formula is shown as text).
/// </summary>
public static class ExportFiles
{
    public const string JsonName = "selfcompassion.json";

    private static readonly CsvWriterOptions Csv = new() { Injection = CsvInjection.Escape, FormatProvider = CultureInfo.InvariantCulture, NewLine = "\r\n" };
    private static readonly UTF8Encoding Utf8WithMark = new(encoderShouldEmitUTF8Identifier: true);

    public static byte[] Zip(ExportDocument document)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var json = zip.CreateEntry(JsonName, CompressionLevel.Optimal).Open())
            {
                JsonSerializer.Serialize(json, document, ExportDocument.Json);
            }
            Write(zip, "entries.csv", ["id", "created_at", "updated_at", "thought", "situation", "belief", "patterns", "feelings", "reframes", "notes"],
                document.Entries.Select(e => new object?[] { e.Id, Stamp(e.CreatedAt), Stamp(e.UpdatedAt), e.Thought, e.Situation, e.Belief,
                    string.Join("; ", e.Patterns.Select(Patterns.NameOf)), string.Join("; ", e.Feelings.Select(f => $"{f.Name} {f.Intensity}")), e.Reframes.Count,
                    e.Notes }));
            Write(zip, "reframes.csv", ["id", "entry_id", "created_at", "acknowledgement", "common_humanity", "evidence_for", "evidence_against",
                    "friend_view", "compassionate_response", "belief_before", "belief_after", "feelings"],
                document.Entries.SelectMany(e => e.Reframes.Select(r => new object?[] { r.Id, e.Id, Stamp(r.CreatedAt), r.Acknowledgement, r.CommonHumanity,
                    r.EvidenceFor, r.EvidenceAgainst, r.FriendView, r.CompassionateResponse, r.BeliefBefore, r.BeliefAfter,
                    string.Join("; ", r.Feelings.Select(f => $"{f.Name} {f.Before} to {f.After}")) })));
            Write(zip, "practices.csv", ["id", "kind", "completed_at", "minutes", "mood_before", "mood_after", "text_1", "text_2", "text_3", "text_4", "text_5"],
                document.Practices.Select(p => new object?[] { p.Id, p.Kind, Stamp(p.CompletedAt), p.DurationSeconds / 60, p.MoodBefore, p.MoodAfter }
                    .Concat(Enumerable.Range(0, 5).Select(i => (object?)p.Texts.ElementAtOrDefault(i))).ToArray()));
            Write(zip, "check-ins.csv", ["id", "taken_at", "score", .. Enumerable.Range(1, 12).Select(i => $"item_{i}")],
                document.CheckIns.Select(c => new object?[] { c.Id, Stamp(c.TakenAt), c.Score }.Concat(c.Answers.Select(a => (object?)a)).ToArray()));
            using var readme = new StreamWriter(zip.CreateEntry("README.txt").Open(), Utf8WithMark);
            readme.Write(Readme);
        }
        return buffer.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string[] header, IEnumerable<object?[]> rows)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), Utf8WithMark);
        using var csv = CsvWriter.Create(writer, Csv, false);
        csv.WriteRecord(header);
        foreach (var row in rows)
        {
            csv.WriteRecord(row.Select(value => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "").ToArray());
        }
    }

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private const string Readme = """
        Your SelfCompassion data
        ========================

        selfcompassion.json  Everything: your profile, consents, thought records with their reframes, practices and
                             letters, check-ins, replies to the guide and the last 90 days of account activity.
                             SelfCompassion can bring this file back in (Your account > Your data).
        entries.csv          One row per thought record.
        reframes.csv         One row per reframe, with the id of its thought record.
        practices.csv        One row per practice; a letter's text is in text_1.
        check-ins.csv        One row per self-compassion check-in, with the twelve answers.

        The CSV files open in any spreadsheet. Times are in UTC. A cell that begins with = + - or @ starts with an
        apostrophe, so no spreadsheet mistakes your words for a formula; selfcompassion.json keeps them exactly.

        This file holds your private words, unencrypted. Keep it somewhere only you can reach.
        """;
}
