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
    /// <param name="saveKey">The key the form carried: the same form sent again saves nothing new (docs/adr/0019).</param>
    public async Task<Outcome<decimal>> SaveAsync(CheckInInput input, Guid? saveKey = null, CancellationToken cancellationToken = default)
    {
        var errors = input.Check();
        if (errors.Count > 0)
        {
            return Outcome<decimal>.Invalid(errors);
        }
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var checkIn = Create(id, owner.Required(), now, input);
        checkIn.SaveKey = SaveKeys.Of(saveKey, input);
        db.CheckIns.Add(checkIn);
        if (await SaveKeys.RepeatedAsync(db, PracticeModel.CheckInSaveKeyIndex, cancellationToken))
        {
            var earlier = await db.CheckIns.Where(c => c.SaveKey == checkIn.SaveKey).Select(c => new { c.Id, c.Score }).SingleAsync(cancellationToken);
            logger.LogInformation("Check-in {CheckInId} was already saved from the same form", earlier.Id);
            return Outcome<decimal>.Done(earlier.Score, earlier.Id);
        }
        logger.LogInformation("Check-in {CheckInId} saved", id);
        return Outcome<decimal>.Done(checkIn.Score, id);
    }

    /// <summary>A checked check-in as a row, scored.</summary>
    internal static CheckIn Create(Guid id, string ownerId, DateTimeOffset takenAt, CheckInInput input)
    {
        var answers = Enumerable.Range(0, SelfCompassionScale.Items.Count).Select(i => input.Answer(i)!.Value).ToList();
        return new CheckIn { Id = id, OwnerId = ownerId, TakenAt = takenAt, Answers = answers, Score = SelfCompassionScale.Score(answers) };
    }

    public async Task<CheckInPoint?> LatestAsync(CancellationToken cancellationToken = default) =>
        await db.CheckIns.AsNoTracking().OrderByDescending(c => c.TakenAt)
            .Select(c => new CheckInPoint(c.TakenAt, c.Score)).FirstOrDefaultAsync(cancellationToken);
}
