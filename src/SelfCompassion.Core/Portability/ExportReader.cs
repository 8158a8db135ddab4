using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Consent;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Ownership;
using SelfCompassion.Practice;
using SelfCompassion.Protection;

namespace SelfCompassion.Portability;

/// <summary>Reads everything of the signed-in person, decrypted, into one <see cref="ExportDocument"/>.</summary>
public sealed class ExportReader(AppDbContext db, ICurrentOwner owner, UserManager<ApplicationUser> users, TextCipher cipher, TimeProvider time)
{
    public async Task<ExportDocument> ReadAsync(CancellationToken cancellationToken = default)
    {
        var ownerId = owner.Required();
        var user = await users.FindByIdAsync(ownerId) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        using var sealer = cipher.For(ownerId);
        return new ExportDocument
        {
            ExportedAt = time.GetUtcNow(),
            Profile = new ExportProfile(user.DisplayName, user.Email!, user.TimeZoneId, user.CreatedAt, user.TwoFactorEnabled),
            Consents = await db.Set<ConsentRecord>().AsNoTracking().OrderBy(c => c.GivenAt)
                .Select(c => new ExportConsent(c.NoticeVersion, c.GivenAt)).ToListAsync(cancellationToken),
            Entries = await EntriesAsync(sealer, cancellationToken),
            Practices = (await db.PracticeSessions.AsNoTracking().OrderBy(p => p.CompletedAt).ThenBy(p => p.Id).ToListAsync(cancellationToken))
                .Select(p => new ExportPractice(p.Id, Practices.For(p.Kind).Slug, p.CompletedAt, p.DurationSeconds, p.MoodBefore, p.MoodAfter,
                    PracticeSessions.OpenTexts(p, sealer), p.RereadAt)).ToList(),
            CheckIns = await db.CheckIns.AsNoTracking().OrderBy(c => c.TakenAt).ThenBy(c => c.Id)
                .Select(c => new ExportCheckIn(c.Id, c.TakenAt, c.Answers, c.Score)).ToListAsync(cancellationToken),
            SafetyPlan = await db.SafetyPlans.AsNoTracking().SingleOrDefaultAsync(cancellationToken) is { } plan
                ? new ExportSafetyPlan(SealedSafetyPlan.Open(plan.TextCipher, plan.Id, sealer), plan.UpdatedAt)
                : null,
            Replies = await RepliesAsync(ownerId, user.Email!, cancellationToken),
            Activity = (await db.Set<AccountEvent>().AsNoTracking().OrderBy(e => e.At).ToListAsync(cancellationToken))
                .Select(e => new ExportEvent(e.Kind.ToString(), e.At, e.Browser, e.Place)).ToList(),
        };
    }

    private async Task<List<ExportEntry>> EntriesAsync(OwnerCipher sealer, CancellationToken cancellationToken)
    {
        var entries = await WholeEntries.ReadAsync(db, db.ThoughtEntries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id), cancellationToken);
        var looks = (await db.BeliefFollowUps.AsNoTracking().OrderBy(f => f.RatedAt).ThenBy(f => f.Id).ToListAsync(cancellationToken))
            .ToLookup(f => f.EntryId, f => new ExportLook(f.Id, f.RatedAt, f.Belief));
        return entries.Select(e => EntryView.Read(e, sealer)).Select(view => new ExportEntry(
            view.Id, view.CreatedAt, view.UpdatedAt, view.Thought ?? "", view.Situation, view.Belief, view.Patterns,
            view.Emotions.Select(f => new ExportFeeling(f.Key, f.Label, f.Intensity)).ToList(),
            view.Reframes.Select(r => new ExportReframe(r.Id, r.CreatedAt, r.Acknowledgement, r.CommonHumanity, r.EvidenceFor,
                r.EvidenceAgainst, r.FriendView, r.CompassionateResponse ?? "", r.BeliefBefore, r.BeliefAfter,
                r.Emotions.Select(c => new ExportFeelingChange(c.Key, c.Label, c.Before, c.After)).ToList())).ToList(), view.Notes,
            looks[view.Id].ToList())).ToList();
    }

    private async Task<List<ExportReply>> RepliesAsync(string ownerId, string email, CancellationToken cancellationToken)
    {
        var lower = email.ToLowerInvariant();
        return (await db.GuideReplies.AsNoTracking().Where(r => r.AuthorId == ownerId || r.Email == lower).OrderBy(r => r.CreatedAt)
                .ToListAsync(cancellationToken))
            .Select(r => new ExportReply(r.Id, r.ArticleSlug, r.Name, r.Text, r.CreatedAt, r.Status.ToString().ToLowerInvariant())).ToList();
    }
}
