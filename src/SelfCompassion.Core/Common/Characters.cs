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
        if (limit <= 0)
        {
            return "";
        }
        // Most characters take one to four units, so the units past four a character usually need no counting. A window
        // that holds no more than the limit may end partway through a character (a joined emoji takes more): it grows
        // until the character after the limit is inside it, so the ones kept are whole.
        for (var window = 4 * limit; ; window = window > text.Length / 2 ? text.Length : window * 2)
        {
            var whole = window >= text.Length;
            var characters = new StringInfo(whole ? text : text[..window]);
            if (characters.LengthInTextElements > limit)
            {
                return characters.SubstringByTextElements(0, limit);
            }
            if (whole)
            {
                return text;
            }
        }
    }

    /// <summary>Null for blank text, otherwise the text without surrounding white space.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
