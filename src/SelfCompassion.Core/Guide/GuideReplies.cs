using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Care;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Ownership;
using SelfCompassion.Protection;

namespace SelfCompassion.Guide;

public sealed record PublishedReply(Guid Id, string Name, string Text, DateTimeOffset CreatedAt);

/// <summary>
/// A reply waiting for a moderator; Email is null for a signed-in reader. CrisisNoticed: its words can mean the writer is
/// in danger, so the moderator may want to answer the person rather than publish the post.
/// </summary>
public sealed record PendingReply(Guid Id, string ArticleSlug, string Name, string? Email, string Text, DateTimeOffset CreatedAt,
    bool CrisisNoticed = false);

/// <summary>Reader replies: held until a moderator approves them, with a honeypot and a per-address limit against spam.</summary>
public sealed class GuideReplies(AppDbContext db, ArticleLibrary articles, ICurrentOwner owner, TextCipher cipher, TimeProvider time, ILogger<GuideReplies> logger)
{
    /// <summary>Replies one email address (or one signed-in account) may send per window.</summary>
    public const int MaxPerEmail = 3;

    /// <summary>Replies one network address may send per window; higher, since a household or office may share one.</summary>
    public const int MaxPerSource = 20;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    public const string TooMany = "You've sent several replies in the last few minutes. Please wait a little while before sending another.";

    /// <summary>
    /// Holds a reply for a moderator. A filled honeypot is dropped quietly (the sender sees the same thanks); too many
    /// replies from one email or address in a short time are asked to wait. The same form sent again with the same words
    /// (<paramref name="saveKey"/>, as the journal's forms, docs/adr/0019) is held once and thanked again, even when it
    /// was the last reply the limit allows.
    /// </summary>
    public async Task<Outcome> SubmitAsync(string slug, ReplyInput reply, Guid? saveKey, string sourceAddress, CancellationToken cancellationToken = default)
    {
        if (articles.Find(slug) is null)
        {
            return Outcome.NotFound;
        }
        var author = owner.Id;
        if (!string.IsNullOrEmpty(reply.Website))
        {
            logger.LogInformation("Reply to {ArticleSlug} dropped by the honeypot", slug);
            return Outcome.Done();
        }
        var crisisNoticed = reply.SuggestsDanger();
        var errors = reply.Check(signedIn: author is not null);
        if (errors.Count > 0)
        {
            return Outcome.Invalid(errors, crisisNoticed);
        }

        var key = SaveKeys.Of(saveKey, new { slug, reply });
        if (key is not null && await db.GuideReplies.AnyAsync(r => r.SaveKey == key, cancellationToken))
        {
            return Outcome.Done(crisisNoticed: crisisNoticed);
        }

        var now = time.GetUtcNow();
        var source = cipher.Fingerprint("reply-source", sourceAddress);
        // Compared without case, so "A@x" and "a@x" share one limit; a signed-in reader's limit is their account's.
        var email = author is null ? reply.Email!.ToLowerInvariant() : null;
        var since = now - Window;
        var fromEmail = await db.GuideReplies.CountAsync(r => r.CreatedAt > since
            && (author == null ? r.Email == email : r.AuthorId == author), cancellationToken);
        var fromSource = await db.GuideReplies.CountAsync(r => r.CreatedAt > since && r.SourceHash == source, cancellationToken);
        if (fromEmail >= MaxPerEmail || fromSource >= MaxPerSource)
        {
            logger.LogWarning("Reply to {ArticleSlug} refused: too many from one sender", slug);
            return Outcome.Invalid([new FieldError("", TooMany)], crisisNoticed);
        }

        var id = Guid.CreateVersion7(now);
        db.GuideReplies.Add(new GuideReply
        {
            Id = id,
            ArticleSlug = slug,
            Name = reply.Name!,
            Email = email,
            AuthorId = author,
            Text = reply.Text!,
            CreatedAt = now,
            Status = ReplyStatus.Pending,
            SourceHash = source,
            SaveKey = key,
        });
        // Two copies arriving together both pass the look above; the index lets one in.
        if (await SaveKeys.RepeatedAsync(db, GuideModel.SaveKeyIndex, cancellationToken))
        {
            return Outcome.Done(crisisNoticed: crisisNoticed);
        }
        logger.LogInformation("Reply to {ArticleSlug} held for moderation", slug);
        return Outcome.Done(id, crisisNoticed);
    }

    public async Task<IReadOnlyList<PublishedReply>> ApprovedForAsync(string slug, CancellationToken cancellationToken = default) =>
        await db.GuideReplies.AsNoTracking()
            .Where(r => r.ArticleSlug == slug && r.Status == ReplyStatus.Approved)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new PublishedReply(r.Id, r.Name, r.Text, r.CreatedAt))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<PendingReply>> PendingAsync(CancellationToken cancellationToken = default) =>
        (await db.GuideReplies.AsNoTracking()
            .Where(r => r.Status == ReplyStatus.Pending)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new PendingReply(r.Id, r.ArticleSlug, r.Name, r.Email, r.Text, r.CreatedAt, false))
            .ToListAsync(cancellationToken))
        .Select(r => r with { CrisisNoticed = CrisisLanguage.IsPresent(r.Text) })
        .ToList();

    /// <summary>Sets a reply's status; returns the article's slug, or null when there is no such reply.</summary>
    public async Task<string?> SetStatusAsync(Guid id, ReplyStatus status, CancellationToken cancellationToken = default)
    {
        var reply = await db.GuideReplies.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reply is null)
        {
            return null;
        }
        reply.Status = status;
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Reply {ReplyId} marked {ReplyStatus}", id, status);
        return reply.ArticleSlug;
    }

    public async Task<string?> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var reply = await db.GuideReplies.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (reply is null)
        {
            return null;
        }
        await db.GuideReplies.Where(r => r.Id == id).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Reply {ReplyId} deleted", id);
        return reply.ArticleSlug;
    }

}
