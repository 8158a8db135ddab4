namespace SelfCompassion.Guide;

public enum ReplyStatus
{
    Pending,
    Approved,
    Rejected,
}

/// <summary>A reader's reply to an article. Shown only once a moderator approves it; the email is never shown.</summary>
public class GuideReply
{
    public const int NameMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int TextMaxLength = 5_000;

    public Guid Id { get; set; }

    public string ArticleSlug { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>For a reader without an account; a signed-in reader is known by <see cref="AuthorId"/> instead.</summary>
    public string? Email { get; set; }

    /// <summary>The account of a signed-in reader, so their replies go with their data and with their account.</summary>
    public string? AuthorId { get; set; }

    public string Text { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public ReplyStatus Status { get; set; }

    /// <summary>A keyed fingerprint of the sender's network address: enough to slow a flood, not enough to find anyone.</summary>
    public string SourceHash { get; set; } = "";

    /// <summary>Made from the reply form's key and words (docs/adr/0019): the same form sent again is held once.</summary>
    public Guid? SaveKey { get; set; }
}
