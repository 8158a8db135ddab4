namespace SelfCompassion.Email;

public enum EmailDelivery
{
    /// <summary>Each message is written as an .eml file; for development and tests.</summary>
    File,

    /// <summary>Each message is sent through an SMTP relay.</summary>
    Smtp,
}

public sealed class EmailOptions
{
    public const string Section = "Email";

    public EmailDelivery Delivery { get; set; } = EmailDelivery.Smtp;

    /// <summary>Folder for <see cref="EmailDelivery.File"/>; relative paths are under the data directory.</summary>
    public string PickupDirectory { get; set; } = "mail";

    public string FromAddress { get; set; } = "no-reply@selfcompassion.local";

    public string FromName { get; set; } = "SelfCompassion";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Seconds before the first retry of a mail the server didn't take; each later retry waits twice as long.</summary>
    public double RetrySeconds { get; set; } = 30;

    /// <summary>How many mails of one kind (reset links, say) one inbox gets in an hour; more asks are quietly dropped.</summary>
    public int PerAddressPerHour { get; set; } = 3;
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Use STARTTLS on a plain port (587) or TLS from the start (465); never plain text on a network.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>
    /// The SHA-256 fingerprint (hex) of a relay's own certificate, to trust it when no public authority signed it
    /// (a private relay). Left empty, the certificate must be valid as usual.
    /// </summary>
    public string? CertificateFingerprint { get; set; }
}
