using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Care;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Practice;

public sealed record PracticeSummary(Guid Id, PracticeKind Kind, DateTimeOffset CompletedAt, int DurationSeconds, int? MoodBefore, int? MoodAfter);

public sealed record PracticeView(Guid Id, PracticeKind Kind, DateTimeOffset CompletedAt, int DurationSeconds, int? MoodBefore, int? MoodAfter, IReadOnlyList<string?> Texts);

/// <summary>Completed practices: saved with their words sealed like the journal, listed, and letters marked as read again.</summary>
public sealed class PracticeSessions(AppDbContext db, ICurrentOwner owner, TextCipher cipher, TimeProvider time, ILogger<PracticeSessions> logger)
{
    /// <summary>The written steps of a practice, sealed together as one list.</summary>
    private const string TextPurpose = "practice-text";

    public static readonly TimeSpan LetterRereadAfter = TimeSpan.FromDays(3);

    /// <param name="saveKey">The key the form carried: the same form sent again saves nothing new (docs/adr/0019).</param>
    public async Task<Outcome> SaveAsync(PracticeKind kind, PracticeInput input, Guid? saveKey = null, CancellationToken cancellationToken = default)
    {
        var crisisNoticed = input.SuggestsDanger();
        var errors = input.Check(kind);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, crisisNoticed);
        }
        var ownerId = owner.Required();
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        using var sealer = cipher.For(ownerId);
        var session = Create(id, ownerId, kind, now, input, sealer);
        session.SaveKey = SaveKeys.Of(saveKey, new { kind, input });
        db.PracticeSessions.Add(session);
        if (await SaveKeys.RepeatedAsync(db, PracticeModel.SaveKeyIndex, cancellationToken))
        {
            var earlier = await db.PracticeSessions.Where(p => p.SaveKey == session.SaveKey).Select(p => p.Id).SingleAsync(cancellationToken);
            logger.LogInformation("Practice {PracticeId} was already saved from the same form", earlier);
            return Outcome.Done(earlier, crisisNoticed);
        }
        logger.LogInformation("Practice {PracticeId} ({PracticeKind}) saved", id, kind);
        return Outcome.Done(id, crisisNoticed);
    }

    public async Task<IReadOnlyList<PracticeSummary>> HistoryAsync(int take = 100, CancellationToken cancellationToken = default) =>
        await db.PracticeSessions.AsNoTracking()
            .OrderByDescending(p => p.CompletedAt)
            .Take(take)
            .Select(p => new PracticeSummary(p.Id, p.Kind, p.CompletedAt, p.DurationSeconds, p.MoodBefore, p.MoodAfter))
            .ToListAsync(cancellationToken);

    public async Task<PracticeView?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var session = await db.PracticeSessions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }
        using var sealer = cipher.For(session.OwnerId);
        var texts = OpenTexts(session, sealer);
        return new PracticeView(session.Id, session.Kind, session.CompletedAt, session.DurationSeconds, session.MoodBefore, session.MoodAfter, texts);
    }

    /// <summary>A practice row: its numbers as columns, whatever was written sealed as one list.</summary>
    internal static PracticeSession Create(Guid id, string ownerId, PracticeKind kind, DateTimeOffset completedAt, PracticeInput input, OwnerCipher cipher)
    {
        var texts = input.CleanTexts();
        return new PracticeSession
        {
            Id = id,
            OwnerId = ownerId,
            Kind = kind,
            CompletedAt = completedAt,
            DurationSeconds = input.Minutes!.Value * 60,
            MoodBefore = input.MoodBefore,
            MoodAfter = input.MoodAfter,
            TextCipher = texts.All(t => t is null) ? null : cipher.Seal(texts, id, TextPurpose),
        };
    }

    internal static IReadOnlyList<string?> OpenTexts(PracticeSession session, OwnerCipher cipher) =>
        session.TextCipher is { } sealedText ? cipher.Open<List<string?>>(sealedText, session.Id, TextPurpose) : [];

    /// <summary>A letter read again (offered from today's page after <see cref="LetterRereadAfter"/>) is not offered again.</summary>
    public async Task MarkRereadAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.PracticeSessions
            .Where(p => p.Id == id && p.Kind == PracticeKind.Letter && p.RereadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.RereadAt, time.GetUtcNow()), cancellationToken);
}
