using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>
/// Notices words that can mean someone is thinking of ending their life or hurting themselves, so the app can offer
/// help first, gently. It never blocks, changes or keeps what was written, and nothing about a match is logged.
/// English only; see docs/adr/0008 for what it can and cannot notice, and the labelled phrases it is measured on.
/// </summary>
public static class CrisisLanguage
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly Regex Sentences = new(@"(?<=[.!?;:])\s+|\n+|\s+-\s+|\s*;\s*", Options);
    private static readonly Regex ClauseBreak = new(@", but |\bbut\b|,? and (?=(?:i|she|he|they|we|my|it) )|, (?=(?:now|today|these days) )|, which ", Options);

    public static bool IsPresent(params IEnumerable<string?> texts) =>
        texts.Any(text => !string.IsNullOrWhiteSpace(text) && Finds(text));

    /// <summary>The family of the first signal found, for tests and measurement; null when none.</summary>
    internal static string? Explain(string text)
    {
        var normal = CrisisText.Normalize(text);
        // Most of what people write holds nothing of any family: one pass per family over the whole text says so, and
        // only the families found there are looked for sentence by sentence.
        var present = CrisisSignals.Families.Where(f => f.Any.Any(a => a.IsMatch(normal))).ToList();
        if (present.Count == 0)
        {
            return null;
        }
        foreach (var sentence in Sentences.Split(normal))
        {
            if (sentence.Length > 0 && FirstFamily(sentence, present) is { } family)
            {
                return family;
            }
        }
        return null;
    }

    private static bool Finds(string text)
    {
        try
        {
            return Explain(text) is not null;
        }
        catch (RegexMatchTimeoutException)
        {
            // Text the patterns can't read in time is treated as a sign: offering help by mistake is the safer error.
            return true;
        }
    }

    private static string? FirstFamily(string sentence, List<(string Family, Regex[] Any, Regex[] Patterns)> families)
    {
        var here = families.Where(f => f.Any.Any(a => a.IsMatch(sentence))).ToList();
        if (here.Count == 0)
        {
            return null;
        }
        // Idioms are blanked out (keeping every position), so "to die for" lends no words to a signal.
        var readable = CrisisContext.AnyIdiom.Replace(sentence, m => new string('~', m.Length));
        foreach (var (family, any, patterns) in here)
        {
            if (!any.Any(a => a.IsMatch(readable)))
            {
                continue;
            }
            foreach (var pattern in patterns)
            {
                for (var match = pattern.Match(readable); match.Success; match = match.NextMatch())
                {
                    if (!ExplainedAway(family, sentence, match.Index))
                    {
                        return family;
                    }
                }
            }
        }
        return null;
    }

    private static bool ExplainedAway(string family, string sentence, int position)
    {
        var (start, clause) = ClauseAt(sentence, position);
        return (family != "voice" && Guarded(clause, family))
            || (family is not ("burden" or "goodbye" or "voice") && SomeoneElseDoes(sentence[start..position]))
            || (family == "self-harm" && CrisisContext.Accident.IsMatch(clause) && !CrisisContext.Intent.IsMatch(clause))
            || (family == "means" && CrisisContext.MeansRoutine.IsMatch(clause) && !CrisisContext.MeansHoard.IsMatch(clause));
    }

    /// <summary>"She wants to die": the last doer named before the words is someone else, not "I".</summary>
    private static bool SomeoneElseDoes(string before) =>
        CrisisContext.Doer.Matches(before) is { Count: > 0 } doers && doers[^1].Value != "i";

    /// <summary>Where the part of the sentence ("..., but ...", "... and she ...") a match stands in starts, and that part.</summary>
    private static (int Start, string Clause) ClauseAt(string sentence, int position)
    {
        var start = 0;
        for (var brk = ClauseBreak.Match(sentence); brk.Success; brk = brk.NextMatch())
        {
            if (brk.Index > position)
            {
                return (start, sentence[start..brk.Index]);
            }
            start = brk.Index + brk.Length;
        }
        return (start, sentence[start..]);
    }

    /// <summary>
    /// Recovery told calmly (unless it says it's back), someone else's story with no "I" in it, or suicide as a topic
    /// of training or fiction. Feeling a burden is said about others by its nature ("they'd all breathe easier"), so
    /// that family is never someone else's story.
    /// </summary>
    private static bool Guarded(string clause, string family) =>
        (CrisisContext.StrongRecovery.IsMatch(clause) && !CrisisContext.Relapse.IsMatch(clause))
        || (CrisisContext.Recovery.Any(r => r.IsMatch(clause)) && !CrisisContext.StillNow.IsMatch(clause))
        || (family != "burden" && CrisisContext.OtherSubject.IsMatch(clause) && !CrisisContext.FirstPerson.IsMatch(clause))
        || (family == "direct" && CrisisContext.Topic.IsMatch(clause) && !CrisisContext.StillNow.IsMatch(clause));
}
