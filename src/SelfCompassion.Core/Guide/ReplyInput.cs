using System.ComponentModel.DataAnnotations;
using SelfCompassion.Care;
using SelfCompassion.Common;

namespace SelfCompassion.Guide;

/// <summary>A reader's reply as the form sends it; Website is the honeypot, hidden from people and filled only by robots.</summary>
public sealed record ReplyInput
{
    public string? Name { get; set => field = Characters.Clean(value); }

    public string? Email { get; set => field = Characters.Clean(value); }

    public string? Text { get; set => field = Characters.Clean(value); }

    public string? Website { get; set; }

    /// <summary>Whether its words can mean the writer is in danger, whether or not it is sent; only what can be kept is read.</summary>
    public bool SuggestsDanger() => CrisisLanguage.IsPresent(Characters.AtMost(Text, GuideReply.TextMaxLength));

    /// <summary>The reply's rules; a signed-in reader is known by their account, so only a stranger is asked for an email.</summary>
    public IReadOnlyList<FieldError> Check(bool signedIn)
    {
        var rules = new Rules().RequiredText(nameof(Name), Name, GuideReply.NameMaxLength,
            "Please add your name, or the name you'd like shown.", "Please keep the name to 100 characters or fewer.");
        if (!signedIn)
        {
            rules.RequiredText(nameof(Email), Email, GuideReply.EmailMaxLength,
                    "Please add your email address. It won't be published.", "That email address is longer than any we can use (254 characters at most).")
                .When(Email is not null && !new EmailAddressAttribute().IsValid(Email), nameof(Email), "Please enter an email address like name@example.com.");
        }
        return rules.RequiredText(nameof(Text), Text, GuideReply.TextMaxLength, "Please write your reply.", "Please keep your reply to 5,000 characters or fewer.")
            .Errors;
    }
}
