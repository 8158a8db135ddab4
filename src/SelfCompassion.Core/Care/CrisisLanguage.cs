using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>
/// Notices words that can mean someone is thinking of ending their life or hurting themselves, so the app can
/// gently offer help. It never blocks or changes what was written. English first; phrases are matched on word
/// boundaries after folding case, curly apostrophes and spacing.
/// </summary>
public static partial class CrisisLanguage
{
    private static readonly string[] Phrases =
    [
        "kill myself", "killing myself", "end my life", "ending my life", "end it all", "take my own life", "taking my own life",
        "want to die", "wanna die", "want to be dead", "wish i was dead", "wish i were dead", "better off dead",
        "better off without me", "no reason to live", "nothing to live for", "don't want to live", "dont want to live",
        "don't want to be alive", "dont want to be alive", "don't want to be here anymore", "don't want to wake up",
        "suicide", "suicidal", "hurt myself", "hurting myself", "harm myself", "harming myself",
        "self harm", "self-harm", "selfharm", "cut myself", "cutting myself", "overdose", "hang myself",
        "not be here tomorrow", "say goodbye to everyone", "plan to die", "end the pain for good",
    ];

    private static readonly Regex Pattern = new(
        @"\b(?:" + string.Join("|", Phrases.Select(Regex.Escape).Select(p => p.Replace(@"\ ", @"\s+", StringComparison.Ordinal))) + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool IsPresent(params IEnumerable<string?> texts) =>
        texts.Any(text => !string.IsNullOrWhiteSpace(text) && Pattern.IsMatch(Fold(text)));

    private static string Fold(string text) => text.Replace('\u2019', '\'').Replace('\u2018', '\'');
}
