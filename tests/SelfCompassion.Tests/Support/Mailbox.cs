using System.Text.RegularExpressions;
using MimeKit;

namespace SelfCompassion.Tests.Support;

/// <summary>Reads the .eml files the app writes in Development, as a person would read their inbox.</summary>
public sealed partial class Mailbox(string folder)
{
    public string Folder { get; } = folder;

    public IReadOnlyList<MimeMessage> To(string address)
    {
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

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
