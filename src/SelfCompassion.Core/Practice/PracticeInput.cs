using System.Globalization;
using SelfCompassion.Care;
using SelfCompassion.Common;

namespace SelfCompassion.Practice;

/// <summary>What every practice form asks: optional moods, the minutes taken, and any written steps.</summary>
public sealed record PracticeInput
{
    public int? MoodBefore { get; set; }

    public int? MoodAfter { get; set; }

    public int? Minutes { get; set; }

    /// <summary>The written steps, in the page's order; blank ones stay blank.</summary>
    public List<string?> Texts { get; set; } = [];

    public string? Text(int index) => Texts.ElementAtOrDefault(index);

    /// <summary>The rules for one kind of practice, in the app's voice.</summary>
    public IReadOnlyList<FieldError> Check(PracticeKind kind)
    {
        const string Mood = "Please rate your mood from 0 to 10, or leave it blank.";
        var minutes = $"Please give the time you took in minutes, from 1 to {Practices.MaxMinutes}.";
        var rules = new Rules()
            .Number(nameof(MoodBefore), MoodBefore, 0, 10, null, Mood)
            .Number(nameof(MoodAfter), MoodAfter, 0, 10, null, Mood)
            .Number(nameof(Minutes), Minutes, 1, Practices.MaxMinutes, minutes, minutes);
        // More steps than any practice has can only be sent by hand; each would be kept, and read for words of danger.
        if (Texts.Count > Practices.MaxWrittenSteps)
        {
            return rules.Add("", "Please send this practice from its own page.").Errors;
        }
        var limit = kind == PracticeKind.Letter ? Practices.LetterMaxLength : Practices.TextMaxLength;
        for (var i = 0; i < Texts.Count; i++)
        {
            rules.Text($"{nameof(Texts)}[{i}]", Texts[i], limit,
                string.Create(CultureInfo.InvariantCulture, $"Please shorten this to {limit:N0} characters or fewer."));
        }
        return rules.When(kind == PracticeKind.Letter && Characters.Clean(Text(0)) is null, $"{nameof(Texts)}[0]",
            "When you're ready, write your letter. Even a few lines are enough.").Errors;
    }

    /// <summary>Whether its words can mean the writer is in danger, whether or not it is saved; only what can be kept is read.</summary>
    public bool SuggestsDanger() =>
        CrisisLanguage.IsPresent(CleanTexts().Take(Practices.MaxWrittenSteps).Select(t => Characters.AtMost(t, Practices.LetterMaxLength)));

    /// <summary>The steps as they are kept: trimmed, with blank ones as nothing.</summary>
    internal List<string?> CleanTexts() => Texts.Select(Characters.Clean).ToList();
}
