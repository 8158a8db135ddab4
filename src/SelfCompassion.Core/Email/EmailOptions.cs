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
}

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Use STARTTLS on a plain port (587) or TLS from the start (465); never plain text on a network.</summary>
    public bool UseTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}
