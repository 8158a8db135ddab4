using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SelfCompassion.Email;

/// <summary>Writes each message to the pickup folder so a developer can open it; the log names only the file.</summary>
public sealed class FileEmailSender(IOptions<EmailOptions> options, DataDirectory dataDirectory, ILogger<FileEmailSender> logger)
    : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        var folder = dataDirectory.Resolve(options.Value.PickupDirectory);
        Directory.CreateDirectory(folder);
        var fileName = $"{DateTime.UtcNow:yyyyMMdd-HHmmss-fff}-{Guid.NewGuid():N}.eml";
        var path = Path.Combine(folder, fileName);
        using var mime = MimeMessages.Create(options.Value, message);
        await mime.WriteToAsync(path, cancellationToken);
        logger.LogInformation("Email written to {EmailFile}", path);
    }
}
