using System.Diagnostics;
using System.Text.RegularExpressions;
using MimeKit;
using Npgsql;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// Reads the .eml files the app writes in Development, as a person would read their inbox. Mail leaves through the
/// outbox moments after the request that asked for it, so every read first waits for the outbox to be empty.
/// </summary>
public sealed partial class Mailbox(string folder, string connectionString)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public string Folder { get; } = folder;

    public IReadOnlyList<MimeMessage> To(string address)
    {
        WaitForOutbox();
        if (!Directory.Exists(Folder))
        {
            return [];
        }
        return Directory.GetFiles(Folder, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(file => MimeMessage.Load(file))
            .Where(m => m.To.Mailboxes.Any(mb => string.Equals(mb.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    public MimeMessage Latest(string address) =>
        To(address).LastOrDefault() ?? throw new InvalidOperationException($"No email reached {address}.");

    /// <summary>The first link in the latest email to the address whose path starts with the given path.</summary>
    public Uri LinkTo(string address, string path)
    {
        var body = Latest(address).TextBody ?? "";
        var link = LinkPattern().Matches(body).Select(m => new Uri(m.Value))
            .FirstOrDefault(u => u.AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase));
        return link ?? throw new InvalidOperationException($"No link to {path} in the email to {address}.");
    }

    /// <summary>Waits until nothing in the outbox is due to be sent (a mail failing to send stays due later, not now).</summary>
    public void WaitForOutbox()
    {
        var clock = Stopwatch.StartNew();
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("""SELECT count(*) FROM mail_outbox WHERE "Outcome" = 'Waiting' AND "NextAttemptAt" <= now()""", connection);
        while ((long)command.ExecuteScalar()! > 0 && clock.Elapsed < Patience)
        {
            Thread.Sleep(25);
        }
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
