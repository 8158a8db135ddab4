using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Data;

namespace SelfCompassion.Practice;

public sealed record CheckInPoint(DateTimeOffset TakenAt, decimal Score);

public sealed class CheckInService(AppDbContext db, TimeProvider time, ILogger<CheckInService> logger)
{
    /// <summary>Saves a complete check-in and returns its score; null when the answers are not twelve values from 1 to 5.</summary>
    public async Task<decimal?> SaveAsync(string ownerId, IReadOnlyList<int> answers, CancellationToken cancellationToken = default)
    {
        if (!SelfCompassionScale.IsComplete(answers))
        {
            return null;
        }
        var now = time.GetUtcNow();
        var score = SelfCompassionScale.Score(answers);
        db.CheckIns.Add(new CheckIn { Id = Guid.CreateVersion7(now), OwnerId = ownerId, TakenAt = now, Answers = [.. answers], Score = score });
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Check-in saved for user {UserId}", ownerId);
        return score;
    }

    public async Task<CheckInPoint?> LatestAsync(string ownerId, CancellationToken cancellationToken = default) =>
        await db.CheckIns.AsNoTracking().Where(c => c.OwnerId == ownerId)
            .OrderByDescending(c => c.TakenAt).Select(c => new CheckInPoint(c.TakenAt, c.Score)).FirstOrDefaultAsync(cancellationToken);
}
