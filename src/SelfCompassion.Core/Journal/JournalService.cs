using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;

namespace SelfCompassion.Journal;

/// <summary>
/// The thought journal. Every method takes the owner's id and looks only at that owner's rows (the context's
/// owner filter stands behind it); text is encrypted before it is saved and decrypted only here.
/// </summary>
public sealed class JournalService(AppDbContext db, JournalCipher cipher, TimeProvider time, ILogger<JournalService> logger)
{
    public async Task<JournalResult> CreateAsync(string ownerId, EntryInput input, CancellationToken cancellationToken = default)
    {
        var errors = JournalValidation.Check(input);
        if (errors.Count > 0)
        {
            return JournalResult.Invalid(errors);
        }

        var now = time.GetUtcNow();
        var entry = new ThoughtEntry { Id = Guid.CreateVersion7(now), OwnerId = ownerId, CreatedAt = now };
        using var owner = cipher.For(ownerId);
        Apply(entry, input, owner, now);
        db.ThoughtEntries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Journal entry {EntryId} created", entry.Id);
        return new JournalResult(JournalStatus.Saved, entry.Id, CrisisNoticed: CrisisLanguage.IsPresent(input.Situation, input.Thought));
    }

    public async Task<EntryView?> GetAsync(string ownerId, Guid id, CancellationToken cancellationToken = default)
    {
        var entry = await db.ThoughtEntries.AsNoTracking().AsSplitQuery()
            .Include(e => e.Emotions)
            .Include(e => e.Reframes).ThenInclude(r => r.Emotions)
            .SingleOrDefaultAsync(e => e.Id == id && e.OwnerId == ownerId, cancellationToken);
        if (entry is null)
        {
            return null;
        }

        using var owner = cipher.For(ownerId);
        var reframes = entry.Reframes.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Select(r => new ReframeView(
            r.Id,
            r.CreatedAt,
            owner.Decrypt(r.AcknowledgementCipher, r.Id, Fields.Acknowledgement),
            owner.Decrypt(r.CommonHumanityCipher, r.Id, Fields.CommonHumanity),
            owner.Decrypt(r.EvidenceForCipher, r.Id, Fields.EvidenceFor),
            owner.Decrypt(r.EvidenceAgainstCipher, r.Id, Fields.EvidenceAgainst),
            owner.Decrypt(r.FriendViewCipher, r.Id, Fields.FriendView),
            owner.Decrypt(r.CompassionateResponseCipher, r.Id, Fields.CompassionateResponse) ?? "",
            r.BeliefBefore,
            r.BeliefAfter,
            r.Emotions.OrderBy(e => e.Position).Select(e => new EmotionChange(
                e.Key is null ? owner.Decrypt(e.CustomNameCipher, r.Id, Fields.Emotion(e.Position)) ?? "" : Emotions.LabelFor(e.Key),
                e.Before,
                e.After)).ToList())).ToList();

        return new EntryView(
            entry.Id,
            entry.CreatedAt,
            entry.UpdatedAt,
            owner.Decrypt(entry.SituationCipher, entry.Id, Fields.Situation),
            owner.Decrypt(entry.ThoughtCipher, entry.Id, Fields.Thought) ?? "",
            DecryptEmotions(entry, owner),
            entry.Belief,
            entry.Patterns,
            entry.Version,
            reframes);
    }

    public async Task<JournalResult> UpdateAsync(string ownerId, Guid id, uint version, EntryInput input, CancellationToken cancellationToken = default)
    {
        var errors = JournalValidation.Check(input);
        if (errors.Count > 0)
        {
            return JournalResult.Invalid(errors);
        }

        var entry = await db.ThoughtEntries.Include(e => e.Emotions)
            .SingleOrDefaultAsync(e => e.Id == id && e.OwnerId == ownerId, cancellationToken);
        if (entry is null)
        {
            return JournalResult.NotFound;
        }
        // The version the person started editing from; if the row has moved on since, saving must not overwrite it.
        db.Entry(entry).Property(e => e.Version).OriginalValue = version;

        using var owner = cipher.For(ownerId);
        db.RemoveRange(entry.Emotions);
        entry.Emotions = [];
        Apply(entry, input, owner, time.GetUtcNow());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            logger.LogInformation("Journal entry {EntryId} changed elsewhere; edit not saved", id);
            return JournalResult.Conflict;
        }
        logger.LogInformation("Journal entry {EntryId} updated", id);
        return new JournalResult(JournalStatus.Saved, id, CrisisNoticed: CrisisLanguage.IsPresent(input.Situation, input.Thought));
    }

    public async Task<JournalResult> DeleteAsync(string ownerId, Guid id, CancellationToken cancellationToken = default)
    {
        // The database removes the entry's emotions and reframes with it.
        var deleted = await db.ThoughtEntries.Where(e => e.Id == id && e.OwnerId == ownerId).ExecuteDeleteAsync(cancellationToken);
        if (deleted == 0)
        {
            return JournalResult.NotFound;
        }
        logger.LogInformation("Journal entry {EntryId} deleted", id);
        return new JournalResult(JournalStatus.Saved, id);
    }

    /// <param name="entryVersion">
    /// The entry's version when the reframe form was opened. Re-ratings are matched to feelings by position, so if the
    /// entry has been edited since, saving would pair them wrongly: that is a conflict, not a save.
    /// </param>
    public async Task<JournalResult> AddReframeAsync(string ownerId, Guid entryId, ReframeInput input, uint? entryVersion = null, CancellationToken cancellationToken = default)
    {
        var entry = await db.ThoughtEntries.AsNoTracking().Include(e => e.Emotions)
            .SingleOrDefaultAsync(e => e.Id == entryId && e.OwnerId == ownerId, cancellationToken);
        if (entry is null)
        {
            return JournalResult.NotFound;
        }
        if (entryVersion is { } opened && opened != entry.Version)
        {
            return JournalResult.Conflict;
        }
        var errors = JournalValidation.Check(input, entry.Emotions.Count);
        if (errors.Count > 0)
        {
            return JournalResult.Invalid(errors);
        }

        using var owner = cipher.For(ownerId);
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var emotions = DecryptEmotions(entry, owner);
        var reframe = new Reframe
        {
            Id = id,
            EntryId = entryId,
            OwnerId = ownerId,
            CreatedAt = now,
            AcknowledgementCipher = owner.Encrypt(Clean(input.Acknowledgement), id, Fields.Acknowledgement),
            CommonHumanityCipher = owner.Encrypt(Clean(input.CommonHumanity), id, Fields.CommonHumanity),
            EvidenceForCipher = owner.Encrypt(Clean(input.EvidenceFor), id, Fields.EvidenceFor),
            EvidenceAgainstCipher = owner.Encrypt(Clean(input.EvidenceAgainst), id, Fields.EvidenceAgainst),
            FriendViewCipher = owner.Encrypt(Clean(input.FriendView), id, Fields.FriendView),
            CompassionateResponseCipher = owner.Encrypt(input.CompassionateResponse.Trim(), id, Fields.CompassionateResponse)!,
            BeliefBefore = entry.Belief,
            BeliefAfter = input.BeliefAfter,
            Emotions = emotions.Select((e, i) => new ReframeEmotion
            {
                Position = i,
                Key = e.Key,
                CustomNameCipher = e.Key is null ? owner.Encrypt(e.CustomName, id, Fields.Emotion(i)) : null,
                Before = e.Intensity,
                After = input.EmotionsAfter[i],
            }).ToList(),
        };
        db.Reframes.Add(reframe);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reframe {ReframeId} added to journal entry {EntryId}", id, entryId);
        var crisis = CrisisLanguage.IsPresent(input.Acknowledgement, input.CommonHumanity, input.EvidenceFor,
            input.EvidenceAgainst, input.FriendView, input.CompassionateResponse);
        return new JournalResult(JournalStatus.Saved, entryId, CrisisNoticed: crisis);
    }

    public Task<bool> HasEntriesAsync(string ownerId, CancellationToken cancellationToken = default) =>
        db.ThoughtEntries.AnyAsync(e => e.OwnerId == ownerId, cancellationToken);

    public async Task<JournalPage> ListAsync(string ownerId, JournalQuery query, CancellationToken cancellationToken = default)
    {
        var entries = db.ThoughtEntries.AsNoTracking().Where(e => e.OwnerId == ownerId);
        if (!string.IsNullOrEmpty(query.Pattern))
        {
            entries = entries.Where(e => e.Patterns.Contains(query.Pattern));
        }
        if (!string.IsNullOrEmpty(query.Emotion))
        {
            entries = entries.Where(e => e.EmotionKeys.Contains(query.Emotion));
        }
        var zone = query.Zone ?? TimeZoneInfo.Utc;
        if (query.From is { } from)
        {
            var start = StartOfDay(from, zone);
            entries = entries.Where(e => e.CreatedAt >= start);
        }
        if (query.To is { } to && to < DateOnly.MaxValue)
        {
            var end = StartOfDay(to.AddDays(1), zone);
            entries = entries.Where(e => e.CreatedAt < end);
        }

        var search = query.Search?.Trim();
        return string.IsNullOrEmpty(search)
            ? await PageAsync(ownerId, entries, query.After, cancellationToken)
            : await SearchAsync(ownerId, entries, search, query.After, cancellationToken);
    }

    private async Task<JournalPage> PageAsync(string ownerId, IQueryable<ThoughtEntry> entries, JournalCursor? after, CancellationToken cancellationToken)
    {
        if (after is { } cursor)
        {
            entries = entries.Where(e => e.CreatedAt < cursor.CreatedAt || (e.CreatedAt == cursor.CreatedAt && e.Id < cursor.Id));
        }
        var rows = await entries
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Take(JournalLimits.PageSize + 1)
            .Select(e => new SummaryRow(e.Id, e.CreatedAt, e.ThoughtCipher, e.Patterns, e.Belief,
                e.Reframes.OrderByDescending(r => r.CreatedAt).Select(r => (int?)r.BeliefAfter).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        using var owner = cipher.For(ownerId);
        var page = rows.Take(JournalLimits.PageSize)
            .Select(r => r.ToSummary(owner.Decrypt(r.ThoughtCipher, r.Id, Fields.Thought) ?? ""))
            .ToList();
        return new JournalPage(page, rows.Count > JournalLimits.PageSize ? new JournalCursor(page[^1].CreatedAt, page[^1].Id) : null);
    }

    /// <summary>
    /// Text is encrypted, so the database cannot search it: the person's entries are decrypted here, in memory,
    /// matched, and paged the same way as the plain journal.
    /// </summary>
    private async Task<JournalPage> SearchAsync(string ownerId, IQueryable<ThoughtEntry> entries, string search, JournalCursor? after, CancellationToken cancellationToken)
    {
        if (after is { } cursor)
        {
            entries = entries.Where(e => e.CreatedAt < cursor.CreatedAt || (e.CreatedAt == cursor.CreatedAt && e.Id < cursor.Id));
        }
        // Only what matching needs: the card's other details are fetched for the one page of results.
        var rows = await entries
            .Select(e => new SearchRow(e.Id, e.CreatedAt, e.ThoughtCipher, e.SituationCipher))
            .ToListAsync(cancellationToken);
        var reframes = (await db.Reframes.AsNoTracking()
            .Where(r => r.OwnerId == ownerId && entries.Select(e => e.Id).Contains(r.EntryId))
            .Select(r => new { r.Id, r.EntryId, r.AcknowledgementCipher, r.CommonHumanityCipher, r.EvidenceForCipher, r.EvidenceAgainstCipher, r.FriendViewCipher, r.CompassionateResponseCipher })
            .ToListAsync(cancellationToken))
            .ToLookup(r => r.EntryId);

        using var owner = cipher.For(ownerId);
        var matches = new List<SearchRow>();
        foreach (var row in rows)
        {
            var found = Contains(owner.Decrypt(row.ThoughtCipher, row.Id, Fields.Thought), search)
                || Contains(owner.Decrypt(row.SituationCipher, row.Id, Fields.Situation), search)
                || reframes[row.Id].Any(r =>
                    Contains(owner.Decrypt(r.CompassionateResponseCipher, r.Id, Fields.CompassionateResponse), search)
                    || Contains(owner.Decrypt(r.FriendViewCipher, r.Id, Fields.FriendView), search)
                    || Contains(owner.Decrypt(r.AcknowledgementCipher, r.Id, Fields.Acknowledgement), search)
                    || Contains(owner.Decrypt(r.CommonHumanityCipher, r.Id, Fields.CommonHumanity), search)
                    || Contains(owner.Decrypt(r.EvidenceForCipher, r.Id, Fields.EvidenceFor), search)
                    || Contains(owner.Decrypt(r.EvidenceAgainstCipher, r.Id, Fields.EvidenceAgainst), search));
            if (found)
            {
                matches.Add(row);
            }
        }

        var ordered = matches.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).ToList();
        var pageIds = ordered.Take(JournalLimits.PageSize).Select(m => m.Id).ToList();
        var page = await PageAsync(ownerId, entries.Where(e => pageIds.Contains(e.Id)), after: null, cancellationToken);
        var last = page.Entries.LastOrDefault();
        return new JournalPage(page.Entries, ordered.Count > JournalLimits.PageSize && last is not null ? new JournalCursor(last.CreatedAt, last.Id) : null);
    }

    private static bool Contains(string? text, string search) =>
        text is not null && text.Contains(search, StringComparison.OrdinalIgnoreCase);

    private static DateTimeOffset StartOfDay(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        // Where clocks spring forward at midnight, that midnight never happens: the day starts at the first real moment.
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }
        var offset = zone.GetUtcOffset(local);
        var utcTicks = local.Ticks - offset.Ticks;
        return utcTicks < DateTimeOffset.MinValue.UtcTicks ? DateTimeOffset.MinValue
            : utcTicks > DateTimeOffset.MaxValue.UtcTicks ? DateTimeOffset.MaxValue
            : new DateTimeOffset(utcTicks, TimeSpan.Zero);
    }

    private static void Apply(ThoughtEntry entry, EntryInput input, OwnerCipher owner, DateTimeOffset now)
    {
        entry.UpdatedAt = now;
        entry.SituationCipher = owner.Encrypt(Clean(input.Situation), entry.Id, Fields.Situation);
        entry.ThoughtCipher = owner.Encrypt(input.Thought.Trim(), entry.Id, Fields.Thought)!;
        entry.Belief = input.Belief;
        entry.Patterns = input.Patterns.Distinct(StringComparer.Ordinal).ToList();
        entry.EmotionKeys = input.Emotions.Where(e => e.Key is not null).Select(e => e.Key!).ToList();
        entry.Emotions = input.Emotions.Select((e, i) => new EntryEmotion
        {
            EntryId = entry.Id,
            Position = i,
            Key = e.Key,
            CustomNameCipher = e.Key is null ? owner.Encrypt(e.CustomName!.Trim(), entry.Id, Fields.Emotion(i)) : null,
            Intensity = e.Intensity,
        }).ToList();
    }

    private static List<EmotionRating> DecryptEmotions(ThoughtEntry entry, OwnerCipher owner) =>
        entry.Emotions.OrderBy(e => e.Position)
            .Select(e => new EmotionRating(e.Key, e.Key is null ? owner.Decrypt(e.CustomNameCipher, entry.Id, Fields.Emotion(e.Position)) : null, e.Intensity))
            .ToList();

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed record SummaryRow(Guid Id, DateTimeOffset CreatedAt, byte[] ThoughtCipher, List<string> Patterns, int Belief, int? LatestBeliefAfter)
    {
        public EntrySummary ToSummary(string thought) => new(Id, CreatedAt, Preview(thought), Patterns, Belief, LatestBeliefAfter);

        private static string Preview(string thought)
        {
            if (thought.Length <= JournalLimits.PreviewLength)
            {
                return thought;
            }
            var cut = thought.LastIndexOf(' ', JournalLimits.PreviewLength);
            return thought[..(cut > JournalLimits.PreviewLength / 2 ? cut : JournalLimits.PreviewLength)].TrimEnd() + "…";
        }
    }

    private sealed record SearchRow(Guid Id, DateTimeOffset CreatedAt, byte[] ThoughtCipher, byte[]? SituationCipher);

    /// <summary>Names bound into each ciphertext, so a value moved to another field or row no longer decrypts.</summary>
    private static class Fields
    {
        public const string Situation = "situation";
        public const string Thought = "thought";
        public const string Acknowledgement = "acknowledgement";
        public const string CommonHumanity = "common-humanity";
        public const string EvidenceFor = "evidence-for";
        public const string EvidenceAgainst = "evidence-against";
        public const string FriendView = "friend-view";
        public const string CompassionateResponse = "compassionate-response";

        public static string Emotion(int position) => $"emotion/{position}";
    }
}
