using System.Globalization;

namespace SelfCompassion.Common;

/// <summary>
/// Counts text as a person sees it: one character per grapheme (a letter with its accents, a Hangul syllable, an
/// emoji with its modifiers), in any script, so a limit means the same in Korean, Cyrillic or English.
/// </summary>
public static class Characters
{
    public static int Count(string? text) => string.IsNullOrEmpty(text) ? 0 : new StringInfo(text).LengthInTextElements;

    /// <summary>Null for blank text, otherwise the text without surrounding white space.</summary>
    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
