namespace SelfCompassion.Care;

/// <summary>
/// What the crisis model sees of a normalised sentence: each word, its rough stem, each pair of neighbouring words and
/// stems, and stems one word apart ("want ... die"), hashed into a fixed number of buckets.
/// </summary>
internal static class CrisisFeatures
{
    public const int Bits = 18;
    public const int Size = 1 << Bits;

    public static void Of(string sentence, List<int> into)
    {
        var words = Words(sentence);
        var stems = words.ConvertAll(Stem);
        for (var i = 0; i < words.Count; i++)
        {
            into.Add(Hash("u", words[i], ""));
            into.Add(Hash("s", stems[i], ""));
            if (i + 1 < words.Count)
            {
                into.Add(Hash("b", words[i], words[i + 1]));
                into.Add(Hash("t", stems[i], stems[i + 1]));
            }
            if (i + 2 < words.Count)
            {
                into.Add(Hash("k", stems[i], stems[i + 2]));
            }
        }
    }

    private static List<string> Words(string sentence)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var letter = i < sentence.Length && (char.IsLetterOrDigit(sentence[i]) || sentence[i] == '\'');
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                // A lone apostrophe is not a word.
                if (sentence[start..i].Trim('\'') is { Length: > 0 } word)
                {
                    words.Add(word);
                }
                start = -1;
            }
        }
        return words;
    }

    private static string Stem(string word) =>
        word.Length > 5 && word.EndsWith("ing", StringComparison.Ordinal) ? word[..^3]
        : word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) ? word[..^2]
        : word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1]
        : word;

    /// <summary>FNV-1a over the kind and the two parts: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static int Hash(string kind, string a, string b)
    {
        var hash = 2166136261u;
        foreach (var part in (ReadOnlySpan<string>)[kind, a, "\u0001", b])
        {
            foreach (var c in part)
            {
                hash = (hash ^ c) * 16777619u;
            }
        }
        return (int)(hash & (Size - 1));
    }
}
