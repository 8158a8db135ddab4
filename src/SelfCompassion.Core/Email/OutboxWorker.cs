using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SelfCompassion.Data;
using SelfCompassion.Protection;

namespace SelfCompassion.Email;

/// <summary>
/// Sends what the outbox holds: writes each mail, hands it to the mail server, and on failure tries again later
/// (30 seconds, then doubling, for about a day). Several instances can run it: each claims a few messages at a time.
/// </summary>
public sealed class OutboxWorker(IServiceScopeFactory scopes, OutboxSignal signal, TextCipher cipher, TimeProvider time,
    IOptions<EmailOptions> options, ILogger<OutboxWorker> logger) : BackgroundService
{
    private const int Batch = 10;
    private const int MaxAttempts = 12;
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan KeepFinished = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await SendDueAsync(stoppingToken) == Batch)
                {
                }
            }
            catch (Exception ex) when (DatabaseUnavailable.Is(ex))
            {
                // The database is away; the web app tells that once. Mail waits in the outbox until it is back.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A bug must not stop the app (a failed background service would); it is logged and tried again.
                logger.LogError(ex, "The outbox could not be worked through; trying again shortly");
            }
            await signal.WaitAsync(Poll, stoppingToken);
        }
    }

    /// <summary>Sends what is due now; returns how many messages it took.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = time.GetUtcNow();
        var leaseEnd = now + Lease;
        var claimed = await db.Database.SqlQuery<Guid>($"""
            UPDATE mail_outbox SET "LockedUntil" = {leaseEnd} WHERE "Id" IN (
                SELECT "Id" FROM mail_outbox
                WHERE "Outcome" = 'Waiting' AND "NextAttemptAt" <= {now} AND ("LockedUntil" IS NULL OR "LockedUntil" < {now})
                ORDER BY "NextAttemptAt" LIMIT {Batch} FOR UPDATE SKIP LOCKED)
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        var messages = await db.Set<OutboxMessage>().Where(m => claimed.Contains(m.Id)).ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            await SendAsync(scope.ServiceProvider, db, message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
        await db.Set<OutboxMessage>().Where(m => m.FinishedAt < now - KeepFinished).ExecuteDeleteAsync(cancellationToken);
        return messages.Count;
    }

    /// <summary>
    /// Composes and sends one message. Any failure of this message (its sealed words unreadable, the account lookup
    /// refusing what it was asked for, the mail server saying no) counts as one of its attempts and waits its turn
    /// again, so one bad message never holds back the others in its batch, nor is tried forever.
    /// </summary>
    private async Task SendAsync(IServiceProvider services, AppDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        try
        {
            var mail = await ComposeAsync(services, db, message, now, cancellationToken);
            if (mail is null)
            {
                Finish(message, MailOutcome.Skipped, now);
                logger.LogInformation("Mail {MailId} ({MailKind}) not needed", message.Id, message.Kind);
                return;
            }
            await services.GetRequiredService<IEmailSender>().SendAsync(mail, cancellationToken);
            Finish(message, MailOutcome.Sent, now);
            logger.LogInformation("Mail {MailId} ({MailKind}) sent", message.Id, message.Kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The server's words can quote the address, so only the kind of failure is logged.
            message.Attempts++;
            if (message.Attempts >= MaxAttempts)
            {
                Finish(message, MailOutcome.GaveUp, now);
                logger.LogError("Mail {MailId} ({MailKind}) given up after {Attempts} attempts ({Failure})", message.Id, message.Kind, message.Attempts, ex.GetType().Name);
                return;
            }
            message.NextAttemptAt = now + TimeSpan.FromSeconds(options.Value.RetrySeconds * Math.Pow(2, message.Attempts - 1));
            message.LockedUntil = null;
            logger.LogWarning("Mail {MailId} ({MailKind}) not sent yet ({Failure}); trying again at {NextAttemptAt:u}", message.Id, message.Kind, ex.GetType().Name, message.NextAttemptAt);
        }
    }

    /// <summary>The mail to send, or null when none is needed (no composer, or the inbox has had enough this hour).</summary>
    private async Task<EmailMessage?> ComposeAsync(IServiceProvider services, AppDbContext db, OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        MailRequest request;
        using (var sealer = cipher.ForApp(MailOutbox.CipherPurpose))
        {
            request = sealer.Open<MailRequest>(message.SealedRequest!, message.Id, MailOutbox.SealPurpose);
        }
        var hourAgo = now.AddHours(-1);
        var sentThisHour = await db.Set<OutboxMessage>().CountAsync(m => m.RecipientFingerprint == message.RecipientFingerprint
            && m.Kind == message.Kind && m.Outcome == MailOutcome.Sent && m.FinishedAt > hourAgo, cancellationToken);
        var composer = services.GetServices<IMailComposer>().FirstOrDefault(c => c.Composes(message.Kind));
        return sentThisHour >= options.Value.PerAddressPerHour || composer is null
            ? null
            : await composer.ComposeAsync(request, cancellationToken);
    }

    private static void Finish(OutboxMessage message, MailOutcome outcome, DateTimeOffset now)
    {
        message.Outcome = outcome;
        message.FinishedAt = now;
        message.SealedRequest = null;
        message.LockedUntil = null;
    }
}
