namespace SelfCompassion.Email;

/// <summary>
/// What to send: a kind of mail, to whom, the site's address for its links, and any details the mail mentions. The
/// mail itself is written when it is sent, by the feature that knows that kind (see <see cref="IMailComposer"/>).
/// </summary>
public sealed record MailRequest(string Kind, string To, string Origin, IReadOnlyDictionary<string, string>? Details = null);

/// <summary>Writes the mails of the kinds it knows; null when there is nothing to send (no such account, say).</summary>
public interface IMailComposer
{
    bool Composes(string kind);

    Task<EmailMessage?> ComposeAsync(MailRequest request, CancellationToken cancellationToken);
}
