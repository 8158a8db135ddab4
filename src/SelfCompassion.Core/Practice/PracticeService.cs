using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;
using SelfCompassion.Journal;

namespace SelfCompassion.Practice;

public sealed record PracticeInput(PracticeKind Kind, int DurationSeconds, int? MoodBefore, int? MoodAfter, IReadOnlyList<string?> Texts);

public sealed record PracticeSummary(Guid Id, PracticeKind Kind, DateTimeOffset CompletedAt, int DurationSeconds, int? MoodBefore, int? MoodAfter);

public sealed record PracticeView(Guid Id, PracticeKind Kind, DateTimeOffset CompletedAt, int DurationSeconds, int? MoodBefore, int? MoodAfter, IReadOnlyList<string?> Texts);

public sealed record PracticeResult(Guid? Id, IReadOnlyList<JournalError> Errors)
{
    public bool Saved => Id is not null;
}

/// <summary>Completed practices: saved with their text encrypted, listed, and letters offered again after a few days.</summary>
public sealed class PracticeService(AppDbContext db, JournalCipher cipher, TimeProvider time, ILogger<PracticeService> logger)
{
    private const string TextField = "practice-text";
    public static readonly TimeSpan LetterRereadAfter = TimeSpan.FromDays(3);

    public async Task<PracticeResult> SaveAsync(string ownerId, PracticeInput input, CancellationToken cancellationToken = default)
    {
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return new PracticeResult(null, errors);
        }
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var texts = input.Texts.Select(t => string.IsNullOrWhiteSpace(t) ? null : t.Trim()).ToList();
        using var owner = cipher.For(ownerId);
        db.PracticeSessions.Add(new PracticeSession
        {
            Id = id,
            OwnerId = ownerId,
            Kind = input.Kind,
            CompletedAt = now,
            DurationSeconds = input.DurationSeconds,
            MoodBefore = input.MoodBefore,
            MoodAfter = input.MoodAfter,
            TextCipher = texts.All(t => t is null) ? null : owner.Encrypt(JsonSerializer.Serialize(texts), id, TextField),
        });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Practice {PracticeId} ({PracticeKind}) saved", id, input.Kind);
        return new PracticeResult(id, []);
    }

    public async Task<IReadOnlyList<PracticeSummary>> HistoryAsync(string ownerId, int take = 100, CancellationToken cancellationToken = default) =>
        await db.PracticeSessions.AsNoTracking()
            .Where(p => p.OwnerId == ownerId)
            .OrderByDescending(p => p.CompletedAt)
            .Take(take)
            .Select(p => new PracticeSummary(p.Id, p.Kind, p.CompletedAt, p.DurationSeconds, p.MoodBefore, p.MoodAfter))
            .ToListAsync(cancellationToken);

    public async Task<PracticeView?> GetAsync(string ownerId, Guid id, CancellationToken cancellationToken = default)
    {
        var session = await db.PracticeSessions.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id && p.OwnerId == ownerId, cancellationToken);
        if (session is null)
        {
            return null;
        }
        using var owner = cipher.For(ownerId);
        var json = owner.Decrypt(session.TextCipher, session.Id, TextField);
        var texts = json is null ? [] : JsonSerializer.Deserialize<List<string?>>(json) ?? [];
        return new PracticeView(session.Id, session.Kind, session.CompletedAt, session.DurationSeconds, session.MoodBefore, session.MoodAfter, texts);
    }

    /// <summary>The newest letter written at least a few days ago and not yet read again, if any.</summary>
    public async Task<PracticeSummary?> LetterToRereadAsync(string ownerId, CancellationToken cancellationToken = default)
    {
        var due = time.GetUtcNow() - LetterRereadAfter;
        return await db.PracticeSessions.AsNoTracking()
            .Where(p => p.OwnerId == ownerId && p.Kind == PracticeKind.Letter && p.RereadAt == null && p.CompletedAt <= due)
            .OrderByDescending(p => p.CompletedAt)
            .Select(p => new PracticeSummary(p.Id, p.Kind, p.CompletedAt, p.DurationSeconds, p.MoodBefore, p.MoodAfter))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task MarkRereadAsync(string ownerId, Guid id, CancellationToken cancellationToken = default) =>
        await db.PracticeSessions
            .Where(p => p.Id == id && p.OwnerId == ownerId && p.Kind == PracticeKind.Letter && p.RereadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.RereadAt, time.GetUtcNow()), cancellationToken);

    private static List<JournalError> Check(PracticeInput input)
    {
        var errors = new List<JournalError>();
        if (input.DurationSeconds is < 1 or > Practices.MaxMinutes * 60)
        {
            errors.Add(new("Minutes", $"Please give the time you took in minutes, from 1 to {Practices.MaxMinutes}."));
        }
        if (input.MoodBefore is < 0 or > 10)
        {
            errors.Add(new("MoodBefore", "Please rate your mood from 0 to 10, or leave it blank."));
        }
        if (input.MoodAfter is < 0 or > 10)
        {
            errors.Add(new("MoodAfter", "Please rate your mood from 0 to 10, or leave it blank."));
        }
        var limit = input.Kind == PracticeKind.Letter ? Practices.LetterMaxLength : Practices.TextMaxLength;
        for (var i = 0; i < input.Texts.Count; i++)
        {
            if (input.Texts[i]?.Length > limit)
            {
                errors.Add(new($"Texts[{i}]", $"Please shorten this to {limit:N0} characters or fewer."));
            }
        }
        if (input.Kind == PracticeKind.Letter && string.IsNullOrWhiteSpace(input.Texts.FirstOrDefault()))
        {
            errors.Add(new("Texts[0]", "When you're ready, write your letter. Even a few lines are enough."));
        }
        return errors;
    }
}
