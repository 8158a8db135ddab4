using System.IO.Compression;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Journal;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Ownership;
using SelfCompassion.Practice;
using SelfCompassion.Practice.CheckIns;
using SelfCompassion.Protection;

namespace SelfCompassion.Portability;

public sealed record ImportSummary(int Entries, int Reframes, int Practices, int CheckIns, int AlreadyHere, bool SafetyPlan = false);

/// <summary>
/// Brings an export back into the signed-in account: into an empty one, or merged, where a record already here (by its
/// id) is kept as it is, so importing a file twice adds nothing. All of it comes in, or none.
/// </summary>
public sealed class AccountImport(AppDbContext db, ICurrentOwner owner, TextCipher cipher, AccountActivity activity, TimeProvider time, ILogger<AccountImport> logger)
{
    /// <summary>The largest file taken, as documented in docs/export-schema.md.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string Field = "File";

    public async Task<Outcome<ImportSummary>> ImportAsync(Stream file, CancellationToken cancellationToken = default)
    {
        var (document, problem) = await ReadAsync(file, cancellationToken);
        if (document is null || (problem ??= ImportRules.FirstProblem(document, time.GetUtcNow())) is not null)
        {
            return Outcome<ImportSummary>.Invalid([new FieldError(Field, problem!)]);
        }
        var ownerId = owner.Required();
        if (await BelongsElsewhereAsync(document, ownerId, cancellationToken))
        {
            return Outcome<ImportSummary>.Invalid([new FieldError(Field,
                "This file holds records that belong to another account here, so it can't be brought into this one.")]);
        }

        // One statement may cover a whole journal here, which can take longer than a page's query is allowed.
        db.Database.SetCommandTimeout(AppDbContextOptions.LongJob);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // One import at a time per person: the same file sent twice at once (pressed again while a long one ran) would
        // otherwise find nothing here in either, and the second fail on the first's records. Waiting, it finds them.
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({"import/" + ownerId}, 0))", cancellationToken);
        var summary = await AddAsync(document, ownerId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await activity.RecordAsync(AccountEventKind.DataImported, cancellationToken);
        logger.LogInformation("Import: {Entries} entries, {Reframes} reframes, {Practices} practices, {CheckIns} check-ins added; {AlreadyHere} already here",
            summary.Entries, summary.Reframes, summary.Practices, summary.CheckIns, summary.AlreadyHere);
        return Outcome<ImportSummary>.Done(summary);
    }

    private static async Task<(ExportDocument? Document, string? Problem)> ReadAsync(Stream file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, "This file is larger than 20 MB, more than any export from this app. Please choose the file you downloaded from Your data.");
        }
        buffer.Position = 0;
        Stream json = buffer;
        if (buffer.Length > 4 && buffer.GetBuffer()[0] == 'P' && buffer.GetBuffer()[1] == 'K')
        {
            try
            {
                var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
                var entry = zip.GetEntry(ExportFiles.JsonName);
                if (entry is null || entry.Length > MaxBytes)
                {
                    return (null, $"This ZIP file has no {ExportFiles.JsonName} in it. Please choose the file you downloaded from Your data.");
                }
                json = entry.Open();
            }
            catch (InvalidDataException)
            {
                return (null, "This ZIP file is damaged, so it can't be read.");
            }
        }
        try
        {
            using var reader = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            if (!reader.RootElement.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                return (null, "This file isn't a SelfCompassion export: it has no schema version.");
            }
            if (version.GetInt32() != ExportDocument.CurrentSchemaVersion)
            {
                return (null, $"This file was made by a different version of SelfCompassion's export (version {version.GetRawText()}); this app reads version {ExportDocument.CurrentSchemaVersion}.");
            }
            return (reader.RootElement.Deserialize<ExportDocument>(ExportDocument.Json), null);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or InvalidDataException)
        {
            return (null, "This file isn't a SelfCompassion export (it couldn't be read as one). Please choose the file you downloaded from Your data.");
        }
    }

    /// <summary>Whether any id in the file is a record of someone else (the guard looks past the owner filter on purpose).</summary>
    private async Task<bool> BelongsElsewhereAsync(ExportDocument document, string ownerId, CancellationToken cancellationToken)
    {
        var entryIds = document.Entries.Select(e => e.Id).ToList();
        var reframeIds = document.Entries.SelectMany(e => e.Reframes).Select(r => r.Id).ToList();
        var practiceIds = document.Practices.Select(p => p.Id).ToList();
        var checkInIds = document.CheckIns.Select(c => c.Id).ToList();
        var lookIds = document.Entries.SelectMany(e => e.LaterLooks ?? []).Select(l => l.Id).ToList();
        return await db.ThoughtEntries.IgnoreQueryFilters().AnyAsync(e => entryIds.Contains(e.Id) && e.OwnerId != ownerId, cancellationToken)
            || await db.Reframes.IgnoreQueryFilters().AnyAsync(r => reframeIds.Contains(r.Id) && r.OwnerId != ownerId, cancellationToken)
            || await db.PracticeSessions.IgnoreQueryFilters().AnyAsync(p => practiceIds.Contains(p.Id) && p.OwnerId != ownerId, cancellationToken)
            || await db.CheckIns.IgnoreQueryFilters().AnyAsync(c => checkInIds.Contains(c.Id) && c.OwnerId != ownerId, cancellationToken)
            || await db.BeliefFollowUps.IgnoreQueryFilters().AnyAsync(f => lookIds.Contains(f.Id) && f.OwnerId != ownerId, cancellationToken);
    }

    private async Task<ImportSummary> AddAsync(ExportDocument document, string ownerId, CancellationToken cancellationToken)
    {
        var haveEntries = (await db.ThoughtEntries.Select(e => e.Id).ToListAsync(cancellationToken)).ToHashSet();
        var haveReframes = (await db.Reframes.Select(r => r.Id).ToListAsync(cancellationToken)).ToHashSet();
        var havePractices = (await db.PracticeSessions.Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var haveCheckIns = (await db.CheckIns.Select(c => c.Id).ToListAsync(cancellationToken)).ToHashSet();
        var haveLooks = (await db.BeliefFollowUps.Select(f => f.Id).ToListAsync(cancellationToken)).ToHashSet();
        var (entries, reframes, practices, checkIns, already) = (0, 0, 0, 0, 0);
        using var sealer = cipher.For(ownerId);
        foreach (var entry in document.Entries)
        {
            if (haveEntries.Add(entry.Id))
            {
                var row = new ThoughtEntry { Id = entry.Id, OwnerId = ownerId, CreatedAt = entry.CreatedAt };
                ImportRules.EntryInputOf(entry).WriteTo(row, sealer, entry.UpdatedAt);
                db.ThoughtEntries.Add(row);
                entries++;
            }
            else
            {
                already++;
            }
            foreach (var look in (entry.LaterLooks ?? []).Where(l => haveLooks.Add(l.Id)))
            {
                db.BeliefFollowUps.Add(new BeliefFollowUp { Id = look.Id, EntryId = entry.Id, OwnerId = ownerId, RatedAt = look.RatedAt, Belief = look.Belief });
            }
            foreach (var reframe in entry.Reframes.Where(r => haveReframes.Add(r.Id)))
            {
                db.Reframes.Add(SealedReframe.Create(reframe.Id, entry.Id, ownerId, reframe.CreatedAt, ImportRules.ReframeInputOf(reframe),
                    reframe.BeliefBefore, reframe.BeliefAfter, reframe.Feelings.Select(f => (f.Key, (string?)f.Name, f.Before, f.After)).ToList(), sealer));
                reframes++;
            }
        }
        foreach (var practice in document.Practices)
        {
            if (!havePractices.Add(practice.Id))
            {
                already++;
                continue;
            }
            var session = PracticeSessions.Create(practice.Id, ownerId, Practices.All.First(p => p.Slug == practice.Kind).Kind,
                practice.CompletedAt, ImportRules.PracticeInputOf(practice), sealer);
            session.RereadAt = practice.RereadAt;
            db.PracticeSessions.Add(session);
            practices++;
        }
        foreach (var checkIn in document.CheckIns)
        {
            if (!haveCheckIns.Add(checkIn.Id))
            {
                already++;
                continue;
            }
            db.CheckIns.Add(CheckInLog.Create(checkIn.Id, ownerId, checkIn.TakenAt, ImportRules.CheckInInputOf(checkIn)));
            checkIns++;
        }
        // A plan already here is the person's latest thinking; one from a file only fills an empty place.
        var plan = document.SafetyPlan is not null && !await db.SafetyPlans.AnyAsync(cancellationToken);
        if (plan)
        {
            var id = Guid.CreateVersion7(document.SafetyPlan!.UpdatedAt);
            db.SafetyPlans.Add(new SafetyPlan
            {
                Id = id,
                OwnerId = ownerId,
                UpdatedAt = document.SafetyPlan.UpdatedAt,
                TextCipher = SealedSafetyPlan.Seal(document.SafetyPlan, id, sealer),
            });
        }
        return new ImportSummary(entries, reframes, practices, checkIns, already, plan);
    }
}
