using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Ownership;

namespace SelfCompassion.Practice.CheckIns;

public sealed record CheckInPoint(DateTimeOffset TakenAt, decimal Score);

/// <summary>Self-compassion check-ins: a complete one is scored and kept; the newest is there to compare with.</summary>
public sealed class CheckInLog(AppDbContext db, ICurrentOwner owner, TimeProvider time, ILogger<CheckInLog> logger)
{
    /// <summary>Saves a complete check-in; its value is the score.</summary>
    public async Task<Outcome<decimal>> SaveAsync(CheckInInput input, CancellationToken cancellationToken = default)
    {
        var errors = input.Check();
        if (errors.Count > 0)
        {
            return Outcome<decimal>.Invalid(errors);
        }
        var answers = Enumerable.Range(0, SelfCompassionScale.Items.Count).Select(i => input.Answer(i)!.Value).ToList();
        var now = time.GetUtcNow();
        var score = SelfCompassionScale.Score(answers);
        var id = Guid.CreateVersion7(now);
        db.CheckIns.Add(new CheckIn { Id = id, OwnerId = owner.Required(), TakenAt = now, Answers = answers, Score = score });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Check-in {CheckInId} saved", id);
        return Outcome<decimal>.Done(score, id);
    }

    public async Task<CheckInPoint?> LatestAsync(CancellationToken cancellationToken = default) =>
        await db.CheckIns.AsNoTracking().OrderByDescending(c => c.TakenAt)
            .Select(c => new CheckInPoint(c.TakenAt, c.Score)).FirstOrDefaultAsync(cancellationToken);
}
