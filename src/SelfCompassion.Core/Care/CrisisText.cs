using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>
/// Puts text in one plain form before it is read for crisis language: lower case, straight quotes, contractions spelt
/// out, stretched letters ("dieeee") and spaced letters ("d i e") closed up, number-for-letter spellings ("k1ll") and
/// the shorthand people use ("kms", "unalive", "wanna") written out.
/// </summary>
internal static class CrisisText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private const RegexOptions Linear = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;

    private static readonly (Regex Pattern, string Replacement)[] Shorthand =
    [
        (new Regex(@"\bk\s*m\s*s\b", Options), @"kill myself"),
        (new Regex(@"\bun\s*alive\b", Options), @"kill"),
        (new Regex(@"\bsewer\s*slide\b", Options), @"suicide"),
        (new Regex(@"\bs[^\w\u0001]?icide\b", Options), @"suicide"),
        (new Regex(@"\bsu[^\w\u0001]?cide\b", Options), @"suicide"),
        (new Regex(@"\bk[^\w\u0001]?ll\b", Options), @"kill"),
        (new Regex(@"\bk[i1!]ll", Options), @"kill"),
        (new Regex(@"\bd[^\w\u0001]?e\b", Options), @"die"),
        (new Regex(@"\bw/o\b", Options), @"without"),
        (new Regex(@"\btmrw\b|\btmr\b|\btmw\b|\b2moro\w*\b|\btomoz\b", Options), @"tomorrow"),
        (new Regex(@"\bill\b(?= be\b| never\b)", Options), @"i will"),
        (new Regex(@"\bi\s+wanted\b", Options), @"i wanted"),
        (new Regex(@"\b2\b(?= \w)", Options), @"to"),
        (new Regex(@"\bexis\w*ng\b", Options), @"existing"),
        (new Regex(@"(?<=\w)'ll\b", Options), " will"),
        (new Regex(@"\b([a-z])\.([a-z])\.(?:([a-z])\.?)?", Options), "$1$2$3 "),
        (new Regex(@"\bi(?=want|wanna|wish|cant|can't|can not|dont|don't|hate|need)", Options), "i "),
        (new Regex(@"\b(want|need)to(?=die|kill|be\b)", Options), "$1 to "),
        (new Regex(@"\bkms\b", Options), "kill myself"),
        (new Regex(@"\bw\b(?= (?:life|everything|it all|this))", Options), "with"),
        (new Regex(@"\bkill my ?self my ?self\b", Options), "kill myself"),
        (new Regex(@"\bi want to kill(?=\s*(?:\u0001|$))", Options), "i want to kill myself"),
        (new Regex(@"\byou're\b|\byoure\b", Options), "you are"),
        (new Regex(@"\bthey're\b", Options), "they are"),
        (new Regex(@"\bwe're\b", Options), "we are"),
        (new Regex(@"\bhe's\b", Options), "he is"),
        (new Regex(@"\bshe's\b", Options), "she is"),
    ];

    /// <summary>Whole words written out in one pass (checked after the shapes above).</summary>
    private static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        [@"ctb"] = @"kill myself",
        [@"sui"] = @"suicide",
        [@"wanna"] = @"want to",
        [@"wana"] = @"want to",
        [@"gonna"] = @"going to",
        [@"gona"] = @"going to",
        [@"imma"] = @"i am going to",
        [@"gotta"] = @"got to",
        [@"wud"] = @"would",
        [@"wld"] = @"would",
        [@"dedd"] = @"dead",
        [@"nemore"] = @"anymore",
        [@"any more"] = @"anymore",
        [@"rn"] = @"right now",
        [@"abt"] = @"about",
        [@"thinkin"] = @"thinking",
        [@"nite"] = @"night",
        [@"u"] = @"you",
        [@"ur"] = @"your",
        [@"r"] = @"are",
        [@"n"] = @"and",
        [@"b"] = @"be",
        [@"im"] = @"i am",
        [@"i'm"] = @"i am",
        [@"idc"] = @"i do not care",
        [@"idk"] = @"i do not know",
        [@"cant"] = @"can not",
        [@"can't"] = @"can not",
        [@"cannot"] = @"can not",
        [@"dont"] = @"do not",
        [@"don't"] = @"do not",
        [@"wont"] = @"will not",
        [@"won't"] = @"will not",
        [@"wasnt"] = @"was not",
        [@"wasn't"] = @"was not",
        [@"isnt"] = @"is not",
        [@"isn't"] = @"is not",
        [@"didnt"] = @"did not",
        [@"didn't"] = @"did not",
        [@"doesnt"] = @"does not",
        [@"doesn't"] = @"does not",
        [@"i'd"] = @"i would",
        [@"id"] = @"i would",
        [@"i'll"] = @"i will",
        [@"i've"] = @"i have",
        [@"ive"] = @"i have",
        [@"it's"] = @"it is",
        [@"its"] = @"it is",
        [@"they'd"] = @"they would",
        [@"they'll"] = @"they will",
        [@"you'd"] = @"you would",
        [@"what's"] = @"what is",
        [@"whats"] = @"what is",
        [@"there's"] = @"there is",
        [@"theres"] = @"there is",
        [@"everyone'd"] = @"everyone would",
        [@"we'd"] = @"we would",
        [@"he'd"] = @"he would",
        [@"she'd"] = @"she would",
        [@"wouldn't"] = @"would not",
        [@"wouldnt"] = @"would not",
        [@"couldn't"] = @"could not",
        [@"haven't"] = @"have not",
        [@"havent"] = @"have not",
        [@"ded"] = @"dead",
        [@"wnat"] = @"want",
        [@"wnt"] = @"want",
        [@"tonite"] = @"tonight",
        [@"tryna"] = @"trying to",
        [@"gunna"] = @"going to",
        [@"lyf"] = @"life",
        [@"that's"] = @"that is",
        [@"bout"] = @"about",
        [@"kil"] = @"kill",
        [@"unalive"] = @"kill",
        [@"unaliving"] = @"killing",
        [@"unalived"] = @"killed",
        [@"hadn't"] = @"had not",
        [@"hadnt"] = @"had not",
        [@"s/h"] = @"self harm",
    };

    // Long alternations run without backtracking: linear in the text, whatever its length.
    private static readonly Regex AnyWord = new(@"\b(?:" + string.Join('|', Words.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape)) + @")\b", Linear);

    private static readonly Regex SpacedLetters = new(@"\b(?:[a-z] ){2,}[a-z]\b", Options);
    private static readonly Regex Stretched = new(@"([a-z])\1{2,}", Options);
    private static readonly Regex Space = new(@"\s+", Options);

    /// <summary>
    /// A line that ends a sentence though no full stop says so: after a blank line, or before a capital letter, a digit,
    /// a list mark or the word "i" ("im", "ive"), perhaps after an opening quote or bracket. Phones capitalise each new
    /// line, and lists and late-night lines often go without full stops ("Work was long\nI want to die"): run together,
    /// a line of danger was read as a small part of one long sentence, and missed. A break before a small letter, or
    /// after a word that can't end a sentence ("I've saved up\n40 pills"), is text wrapped mid-sentence: a space.
    /// Breaks of every kind are "\n" by then, and runs of spaces one space, so this reads each break once.
    /// </summary>
    private static readonly Regex LineEnd = new(
        @"(?: ?\n)+ ?\n ?|(?<!\b(?i:to|up|off|out|down|of|in|on|at|by|for|from|with|into|the|a|an|my|your|his|her|their|our|this|that|some|all|enough|and|or|but|so|than|am|is|are|was|were|be|been|have|has|had|will|would|can|could|going|gonna|just|very|too|i|im|i'm) ?) ?\n ?(?=[""'\u201c\u2018(\[]?(?:[\p{Lu}\d\u2022*-]|i(?:m|ve)?\b))",
        Options);

    /// <summary>Every kind of line break, made "\n" before the breaks are read.</summary>
    private static readonly Regex AnyBreak = new(@"\r\n?|[\u0085\u2028\u2029]", Options);

    /// <summary>Runs of other spaces, made one before the breaks are read, so reading them stays linear in the text.</summary>
    private static readonly Regex SpacesInLine = new(@"[^\S\n]+", Options);

    /// <summary>Stands for a line's end through the steps below, none of which reads it as a letter or a space.</summary>
    private const char LineMark = '\u0001';

    private static readonly Regex LineMarks = new(@" ?\u0001[ \u0001]*", Options);
    private static readonly (Regex Pattern, string Letter)[] NumberLetters =
    [
        (new Regex(@"(?<=[a-z])[1!](?=[a-z])", Options), "i"),
        (new Regex(@"(?<=[a-z])3(?=[a-z])", Options), "e"),
        (new Regex(@"(?<=[a-z])0(?=[a-z])", Options), "o"),
        (new Regex(@"(?<=[a-z])[@4](?=[a-z])", Options), "a"),
        (new Regex(@"(?<=[a-z])\$(?=[a-z])", Options), "s"),
    ];

    /// <summary>Someone writing about themselves as "she" or "he", said in so many words.</summary>
    private static readonly Regex SelfAsOther = CrisisSignals.Linear(@"\b(?:by (?:he|she|they) i mean me|\(me(?=\))|(?:the )?(?:woman|man|girl|guy|boy|person) writing this|about my ?self|about me as if|in the third person|as if it is someone else|(?:she|he|they) (?:is|are) me|that (?:person|girl|boy|woman|man) is me|i am (?:she|he)|in (?:the )?third person|(?:she|he|they) ?= ?me|talking about my ?self|\w+ \(me(?=\))|about someone else|that is me|(?<!problem )(?<!it )(?<!that )(?<!this )\b[a-z]{2,12} is me(?=\.|$| and))\b");

    private static readonly (Regex Pattern, string Replacement)[] ThirdToFirst =
    [
        (new Regex(@"\b(?:the )?(?:woman|man|girl|guy|boy|person|lad|lass) (?:writing this|in the mirror)\b|\b\w+ \(me\)", Options), "i"),
        (new Regex(@"\b(?:he|she) (?:is|was)\b", Options), "i am"),
        (new Regex(@"\b(?:he|she) does\b", Options), "i do"),
        (new Regex(@"\b(?:he|she|they)\b", Options), "i"),
        (new Regex(@"\b(?:himself|herself|themselves)\b", Options), "myself"),
        (new Regex(@"\b(?:his|her|their)\b", Options), "my"),
    ];

    /// <summary>"I want to kill" and nothing after it, once shorthand ("wanna unalive") is written out.</summary>
    private static readonly Regex WantToKill = new(@"\bi want to kill(?=\s*(?:[.\u0001]|$))", Options);

    /// <summary>Words written with a star for a letter ("su*cidal", "k*ll"), read as the word they stand for.</summary>
    private static readonly Regex Masked = new(@"\b[a-z]{1,10}\*{1,3}[a-z]{1,10}\b", Options);
    private static readonly string[] MaskedWords = [@"suicidal", @"suicide", @"kill", @"killing", @"die", @"dead", @"cut", @"cutting", @"myself", @"self harm"];

    private static string Unmask(Match word)
    {
        var shape = new Regex("^" + Regex.Escape(word.Value).Replace(@"\*", ".?", StringComparison.Ordinal) + "$", RegexOptions.CultureInvariant);
        return MaskedWords.FirstOrDefault(shape.IsMatch) ?? word.Value;
    }

    public static string Normalize(string text)
    {
        var lines = SpacesInLine.Replace(AnyBreak.Replace(text.Replace(LineMark, ' '), "\n"), " ");
        var t = LineEnd.Replace(lines, LineMark.ToString()).ToLowerInvariant()
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('`', '\'')
            .Replace("\u2013", " - ", StringComparison.Ordinal).Replace("\u2014", " - ", StringComparison.Ordinal);
        t = SpacedLetters.Replace(t, m => m.Value.Replace(" ", "", StringComparison.Ordinal));
        foreach (var (pattern, letter) in NumberLetters)
        {
            t = pattern.Replace(t, letter);
        }
        t = Stretched.Replace(t, "$1");
        foreach (var (pattern, replacement) in Shorthand)
        {
            t = pattern.Replace(t, replacement);
        }
        t = Masked.Replace(t, Unmask);
        t = AnyWord.Replace(t, m => Words[m.Value]);
        t = WantToKill.Replace(t, "i want to kill myself");
        t = LineMarks.Replace(Space.Replace(t, " "), "\n").Trim();
        if (SelfAsOther.IsMatch(t))
        {
            foreach (var (pattern, replacement) in ThirdToFirst)
            {
                t = pattern.Replace(t, replacement);
            }
        }
        return t;
    }
}
