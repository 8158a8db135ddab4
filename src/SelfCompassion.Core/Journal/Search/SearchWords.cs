using System.Globalization;
using System.Text;
using SelfCompassion.Protection;

namespace SelfCompassion.Journal.Search;

/// <summary>
/// What a search means, written once: the text and the search are cut into words (runs of letters and digits, with
/// each character of a script written without spaces, such as Chinese or Japanese, a word of its own), compared
/// without regard to case; a record matches when every word searched for begins one of its words. "light" finds
/// "Lighthouse" and "lights", not "delight". Words are compared by their first <see cref="LongestPrefix"/>
/// characters. The blind index stores each word's beginnings as keyed hashes; <see cref="Matches"/> is the same rule
/// over plain text, used to check the index.
/// </summary>
public static class SearchWords
{
    /// <summary>The longest word beginning kept; longer searched words are compared by this many characters.</summary>
    public const int LongestPrefix = 20;

    /// <summary>At most this many words of a search are used.</summary>
    public const int MostWords = 8;

    /// <summary>The hashed beginnings of every word in the texts, each once, for the record's index column.</summary>
    public static long[] Terms(IEnumerable<string?> texts, OwnerCipher cipher)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in texts.SelectMany(Words))
        {
            for (var length = 1; length <= word.Length; length++)
            {
                prefixes.Add(string.Concat(word.Take(length)));
            }
        }
        var terms = prefixes.Select(cipher.SearchHash).ToArray();
        Array.Sort(terms);
        return terms;
    }

    /// <summary>The hashed words of a search, each as the index stores it; empty when the search has no words.</summary>
    public static long[] Query(IReadOnlyList<string> words, OwnerCipher cipher) =>
        [.. words.Select(w => cipher.SearchHash(string.Concat(w))).Distinct()];

    /// <summary>The words of a search, each cut to its first <see cref="LongestPrefix"/> characters.</summary>
    public static IReadOnlyList<string> Parse(string? search) =>
        Words(search).Take(MostWords).Select(w => string.Concat(w)).Distinct().ToList();

    /// <summary>The plain-text rule: does every searched word begin a word of these texts (character by character)?</summary>
    public static bool Matches(IEnumerable<string?> texts, string? search)
    {
        var searched = Words(search).Take(MostWords).ToList();
        var words = texts.SelectMany(Words).ToList();
        return searched.Count > 0 && searched.All(s => words.Any(w => w.Length >= s.Length && w.AsSpan(0, s.Length).SequenceEqual(s)));
    }

    /// <summary>Each word as its characters (text elements), folded to lower case and cut to the longest prefix.</summary>
    private static IEnumerable<string[]> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            yield break;
        }
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var word = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(folded);
        while (elements.MoveNext())
        {
            var element = (string)elements.Current;
            var rune = Rune.GetRuneAt(element, 0);
            if (!IsWordRune(rune))
            {
                if (word.Count > 0)
                {
                    yield return [.. word];
                    word.Clear();
                }
                continue;
            }
            if (IsUnspaced(rune))
            {
                if (word.Count > 0)
                {
                    yield return [.. word];
                    word.Clear();
                }
                yield return [element];
                continue;
            }
            if (word.Count < LongestPrefix)
            {
                word.Add(element);
            }
        }
        if (word.Count > 0)
        {
            yield return [.. word];
        }
    }

    private static bool IsWordRune(Rune rune) => Rune.IsLetterOrDigit(rune);

    /// <summary>Scripts written without spaces between words, where each character is searched on its own.</summary>
    private static bool IsUnspaced(Rune rune) => rune.Value switch
    {
        >= 0x0E00 and <= 0x0EFF => true, // Thai, Lao
        >= 0x1000 and <= 0x109F => true, // Myanmar
        >= 0x1780 and <= 0x17FF => true, // Khmer
        >= 0x3040 and <= 0x30FF => true, // Hiragana, Katakana
        >= 0x3400 and <= 0x4DBF => true, // CJK extension A
        >= 0x4E00 and <= 0x9FFF => true, // CJK ideographs
        >= 0xF900 and <= 0xFAFF => true, // CJK compatibility ideographs
        >= 0x20000 and <= 0x3FFFF => true, // CJK extensions B and later
        _ => false,
    };
}
