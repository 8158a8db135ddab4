namespace SelfCompassion.Email;

public sealed record EmailMessage(string To, string Subject, string TextBody);
