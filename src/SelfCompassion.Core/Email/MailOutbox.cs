using SelfCompassion.Data;
using SelfCompassion.Protection;

namespace SelfCompassion.Email;

/// <summary>
/// Where a request asks for mail: the ask is stored (sealed) and the request moves on at once, whatever the mail
/// server is doing. <see cref="OutboxWorker"/> writes and sends it moments later, retrying through an outage.
/// </summary>
public sealed class MailOutbox(AppDbContext db, TextCipher cipher, TimeProvider time, OutboxSignal signal)
{
    internal const string SealPurpose = "mail-request";
    internal const string CipherPurpose = "mail-outbox";
    private const string RecipientPurpose = "mail-recipient";

    /// <summary>
    /// Whose inbox a mail is for, without the address. Folded as Identity's lookup folds it (composed, then upper
    /// case), so every spelling that finds an account counts against that account's inbox.
    /// </summary>
    internal static string RecipientOf(TextCipher cipher, string address) =>
        cipher.Fingerprint(RecipientPurpose, address.Trim().Normalize().ToUpperInvariant());

    public async Task EnqueueAsync(MailRequest request, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        using var sealer = cipher.ForApp(CipherPurpose);
        db.Add(new OutboxMessage
        {
            Id = id,
            Kind = request.Kind,
            RecipientFingerprint = RecipientOf(cipher, request.To),
            SealedRequest = sealer.Seal(request, id, SealPurpose),
            CreatedAt = now,
            NextAttemptAt = now,
            Outcome = MailOutcome.Waiting,
        });
        await db.SaveChangesAsync(cancellationToken);
        signal.Wake();
    }
}

/// <summary>Wakes the worker when mail is asked for, so it goes out in moments rather than at the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0);

    public void Wake()
    {
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => await _signal.WaitAsync(timeout, cancellationToken);
}
