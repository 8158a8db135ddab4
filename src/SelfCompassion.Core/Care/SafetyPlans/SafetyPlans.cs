using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Care.SafetyPlans;

/// <summary>Writing and reading one's own safety plan. There is one per person, found by its owner, never by an id.</summary>
public sealed class SafetyPlans(AppDbContext db, ICurrentOwner owner, TextCipher cipher, TimeProvider time, ILogger<SafetyPlans> logger)
{
    public async Task<SafetyPlanView?> GetAsync(CancellationToken cancellationToken = default)
    {
        var plan = await db.SafetyPlans.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }
        using var sealer = cipher.For(plan.OwnerId);
        return new SafetyPlanView(SealedSafetyPlan.Open(plan.TextCipher, plan.Id, sealer)) { UpdatedAt = plan.UpdatedAt, Version = plan.Version };
    }

    /// <param name="version">The plan's version when the form was opened (null for a new plan); if it has moved on, nothing is overwritten.</param>
    public async Task<Outcome> SaveAsync(SafetyPlanInput input, uint? version, CancellationToken cancellationToken = default)
    {
        var errors = input.Check();
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors);
        }
        var ownerId = owner.Required();
        var now = time.GetUtcNow();
        var plan = await db.SafetyPlans.SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            plan = new SafetyPlan { Id = Guid.CreateVersion7(now), OwnerId = ownerId };
            db.SafetyPlans.Add(plan);
        }
        else
        {
            db.Entry(plan).Property(p => p.Version).OriginalValue = version ?? 0;
        }
        using (var sealer = cipher.For(ownerId))
        {
            plan.TextCipher = SealedSafetyPlan.Seal(input, plan.Id, sealer);
        }
        plan.UpdatedAt = now;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await ConflictUnlessHeldAsync(input, cancellationToken);
        }
        catch (DbUpdateException) when (version is null)
        {
            // A first plan written in another tab a moment earlier: that one stays.
            return await ConflictUnlessHeldAsync(input, cancellationToken);
        }
        logger.LogInformation("Safety plan {PlanId} saved", plan.Id);
        return Outcome.Done(plan.Id);
    }

    /// <summary>
    /// A plan already holding exactly these words was saved from this same form a moment ago (pressed twice, or sent
    /// again by the browser): that is the person's save, answered as one, not a change made elsewhere.
    /// </summary>
    private async Task<Outcome> ConflictUnlessHeldAsync(SafetyPlanInput input, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var plan = await db.SafetyPlans.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        if (plan is not null)
        {
            using var sealer = cipher.For(plan.OwnerId);
            if (SealedSafetyPlan.Open(plan.TextCipher, plan.Id, sealer) == input.SectionsOnly())
            {
                logger.LogInformation("Safety plan {PlanId} already held what was sent again", plan.Id);
                return Outcome.Done(plan.Id);
            }
        }
        logger.LogInformation("Safety plan changed elsewhere; not saved over");
        return Outcome.Conflict;
    }
}

public static class CareSetup
{
    /// <summary>The safety plan. Needs data and protection.</summary>
    public static IServiceCollection AddCare(this IServiceCollection services)
    {
        services.AddSingleton<CrisisWarmUp>();
        services.AddHostedService(provider => provider.GetRequiredService<CrisisWarmUp>());
        return services.AddScoped<SafetyPlans>();
    }
}
