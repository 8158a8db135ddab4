using System.Globalization;

namespace SelfCompassion.Common;

/// <summary>
/// Counts text as a person sees it: one character per grapheme (a letter with its accents, a Hangul syllable, an
/// emoji with its modifiers), in any script, so a limit means the same in Korean, Cyrillic or English.
/// </summary>
public static class Characters
{
    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : new StringInfo(text).LengthInTextElements;

    /// <summary>
    /// At most the first <paramref name="limit"/> characters: what a field can keep, so reading a form that came back
    /// too long (a value may be 128 KB) costs no more than reading one that fits.
    /// </summary>
    public static string? AtMost(string? text, int limit)
    {
        if (text is null || text.Length <= limit)
        {
            return text;
        }
        // Most characters take one to four units, so the units past four a character need no counting. Text cut there
        // may end partway through a character (a joined emoji takes more), so that last one is left out.
        var cutShort = text.Length > 4 * limit;
        var characters = new StringInfo(cutShort ? text[..(4 * limit)] : text);
        var count = characters.LengthInTextElements;
        return count > limit ? characters.SubstringByTextElements(0, limit)
            : cutShort ? characters.SubstringByTextElements(0, count - 1)
            : characters.String;
    }

    /// <summary>Null for blank text, otherwise the text without surrounding white space.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
