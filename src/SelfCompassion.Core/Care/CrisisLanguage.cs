using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>
/// Notices words that can mean someone is thinking of ending their life or hurting themselves, so the app can offer
/// help first, gently. It never blocks, changes or keeps what was written, and nothing about a match is logged.
/// A model learned from labelled phrases reads each sentence first; the hand-written patterns, which know about idioms,
/// recovery and other people's stories, decide where it is unsure. English only; docs/adr/0011 says what it can and
/// cannot notice, and how it is measured.
/// </summary>
public static class CrisisLanguage
{
    /// <summary>How strongly the model must read a sentence as crisis language to offer help on its own.</summary>
    internal const double ModelAlone = 0.55;

    /// <summary>How strongly it must read it when the patterns find a signal too: a pattern alone is not enough.</summary>
    internal const double ModelWithPattern = 0.3;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly Regex Sentences = new(@"(?<=[.!?;:])\s+|\n+|\s+-\s+|\s*;\s*", Options);
    private static readonly Regex ClauseBreak = new(@", but |\bbut\b|,? and (?=(?:i|she|he|they|we|my|it) )|, (?=(?:now|today|these days) )|, which ", Options);

    /// <summary>
    /// How much of one text is read, in characters as a person sees them: all of the longest text the app keeps (a
    /// letter). A form that comes back for a correction is read too, and a value sent to it may be far longer (up to
    /// 128 KB), which would take the server seconds to read whole; past this, a text can't be kept anyway. At most
    /// four units a character are read: enough for English with emoji, and a character built of many (a letter under a
    /// pile of combining marks) can't make the whole value count as a few characters.
    /// </summary>
    internal const int MostRead = Practice.Practices.LetterMaxLength;

    public static bool IsPresent(params IEnumerable<string?> texts) =>
        texts.Any(text => !string.IsNullOrWhiteSpace(text) && Finds(Common.Characters.AtMost(text, MostRead)!));

    /// <summary>
    /// Reads the models and runs every pattern and context rule once, so none of that happens inside someone's save.
    /// </summary>
    internal static void Prepare() => Prepare(() => CrisisReader.Shipped);

    internal static void Prepare(Func<CrisisReader> models)
    {
        // Outside IsPresent, which counts any fault as a sign: models that can't be read must stop readiness, not turn
        // every save into an offer of help.
        models();
        foreach (var text in (string[])["I keep thinking everyone would be better off without me, I've saved up pills for tonight.",
            "This commute is murder and I nearly died laughing; two years clean now and proud of it."])
        {
            IsPresent(text);
            WarmUp(() => Explain(text));
        }
        foreach (var pattern in CrisisSignals.Families.SelectMany(f => f.Patterns).Concat(CrisisContext.All))
        {
            WarmUp(() => pattern.IsMatch("warm"));
        }
    }

    /// <summary>
    /// A pattern's first reading also turns its compiled form into machine code, and the time limit counts that too:
    /// an instance started on a busy machine (restarted under load, say) ran past it here and stopped. The warm-up
    /// texts read in milliseconds once the code exists, so a timeout here tries again; only one that keeps timing out
    /// is a fault.
    /// </summary>
    internal static void WarmUp(Action read, int attempts = 5)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                read();
                return;
            }
            catch (RegexMatchTimeoutException) when (attempt < attempts)
            {
            }
        }
    }

    /// <summary>The sentences of normalised text, as the detector reads them.</summary>
    internal static IEnumerable<string> SentencesOf(string normal) =>
        Sentences.Split(normal).Where(s => s.Any(char.IsLetterOrDigit));

    /// <summary>The family of the first signal the patterns find, for tests and measurement; null when none.</summary>
    internal static string? Explain(string text) => FirstSignal(CrisisText.Normalize(text));

    private static bool Finds(string text)
    {
        try
        {
            return Decide(CrisisReader.Shipped, CrisisText.Normalize(text), ModelAlone, ModelWithPattern);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Text the patterns can't read in time, or any fault in reading it, is treated as a sign: nothing is held
            // back by it (a save goes ahead, a correction is still asked for), and offering help by mistake is the
            // safer error. Nothing about the text is kept.
            return true;
        }
    }

    /// <summary>
    /// The rule, for any reader and thresholds (the crisis-model benchmark tries others). No pattern counts on its own,
    /// not even words that say it outright: letting those count whatever the models read noticed 0.3% more crisis
    /// phrases from unseen writers and alarmed on 1.4% more ordinary ones (ADR 0011).
    /// </summary>
    internal static bool Decide(CrisisReader reader, string normal, double alone, double withPattern)
    {
        var readings = reader.Read(normal).ToList();
        if (readings.Count == 0)
        {
            return false;
        }
        if (readings.Max(r => r.InContext) > alone)
        {
            return true;
        }
        // A short text is weighed whole, as the rule was chosen; in a long entry a pattern counts where the sentence it
        // is found in reads as at risk in context or on its own.
        return readings.Count <= CrisisReader.PassageLength
            ? readings.Max(r => r.InContext) > withPattern && readings.Any(r => FirstFamily(r.Sentence) is not null)
            : readings.Any(r => Math.Max(r.InContext, r.OnItsOwn) > withPattern && FirstFamily(r.Sentence) is not null);
    }

    private static string? FirstSignal(string normal) =>
        SentencesOf(normal).Select(FirstFamily).FirstOrDefault(family => family is not null);

    private static string? FirstFamily(string sentence)
    {
        // Idioms are blanked out (keeping every position), so "to die for" lends no words to a signal.
        var readable = CrisisContext.AnyIdiom.Replace(sentence, m => new string('~', m.Length));
        foreach (var (family, patterns) in CrisisSignals.Families)
        {
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
            // A break can hold the first words of the signal itself (", which bridge has no cameras"); the clause then
            // starts where the signal does, never after it.
            start = Math.Min(brk.Index + brk.Length, position);
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
