using System.Text.RegularExpressions;
namespace SelfCompassion.Care;

/// <summary>
/// Two readings of the same words, averaged (docs/adr/0011). One model reads a sentence at a time: it knows what a
/// crisis sentence sounds like, wherever it stands. The other reads a passage of a few sentences: it knows what the
/// sentences around one add (arrangements listed one by one, then "after Friday none of it matters"). Each alone misses
/// what the other catches; their mean noticed more on writers neither had read, at fewer false alarms.
/// </summary>
internal sealed class CrisisReader(CrisisModel sentences, CrisisModel passages)
{
    private CrisisModel Sentences => sentences;

    private CrisisModel Passages => passages;

    /// <summary>Most labelled phrases are one to five sentences, and are read whole as they were learned.</summary>
    internal const int PassageLength = 5;

    /// <summary>In a longer entry, each sentence is read with this many sentences either side.</summary>
    private const int Neighbours = 1;

    /// <summary>The models' file, bundled with the app: learned from every bundled phrase by `./dev.sh relearn`.</summary>
    internal const string ShippedFile = "src/SelfCompassion.Core/Care/crisis-models.bin";

    private const string Resource = "SelfCompassion.Care.crisis-models.bin";
    internal const string Format = "selfcompassion crisis models 1";

    private static readonly Lazy<CrisisReader> Bundled = new(() =>
    {
        using var stream = typeof(CrisisReader).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The crisis models ({Resource}) are not bundled with the app.");
        return Load(stream);
    });

    /// <summary>
    /// The models learned from every bundled phrase when the file was written, read once per process: learning them as
    /// each instance started cost it seconds and tens of megabytes (ADR 0011). A test checks that the file is what
    /// learning from today's phrases gives.
    /// </summary>
    public static CrisisReader Shipped => Bundled.Value;

    public void Save(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(Format);
        writer.Write(CrisisFeatures.Bits);
        sentences.Write(writer);
        passages.Write(writer);
    }

    public static CrisisReader Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        try
        {
            if (reader.ReadString() != Format || reader.ReadInt32() != CrisisFeatures.Bits)
            {
                throw new InvalidDataException("The crisis models file isn't one this version can read: run ./dev.sh relearn.");
            }
            var sentenceModel = CrisisModel.Read(reader);
            var passageModel = CrisisModel.Read(reader);
            return reader.PeekChar() == -1 ? new CrisisReader(sentenceModel, passageModel)
                : throw CrisisModel.Damaged();
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The crisis models file is cut short: run ./dev.sh relearn.", e);
        }
    }

    /// <summary>Whether another reader's two models weigh every feature the same, to within a rounding.</summary>
    public bool SameAs(CrisisReader other, float tolerance) =>
        sentences.SameAs(other.Sentences, tolerance) && passages.SameAs(other.Passages, tolerance);

    /// <summary>
    /// How strongly each sentence of normalised text reads as crisis language, from 0 to 1: in context (the mean of the
    /// two models), and on its own (the sentence model alone, which the patterns may lean on in a long entry).
    /// </summary>
    public IEnumerable<(string Sentence, double InContext, double OnItsOwn)> Read(string normal)
    {
        var parts = CrisisLanguage.SentencesOf(normal).ToList();
        // As the phrases were learned, a short text is one passage; in a longer entry each sentence is read with its
        // neighbours, so a long letter is not one diluted bag of words.
        var whole = parts.Count is > 0 and <= PassageLength ? passages.Score(string.Join(' ', parts)) : 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var passage = parts.Count <= PassageLength ? whole
                : passages.Score(string.Join(' ', parts.Skip(Math.Max(0, i - Neighbours)).Take(Math.Min(i, Neighbours) + Neighbours + 1)));
            var onItsOwn = ClausesOf(parts[i]).Max(sentences.Score);
            yield return (parts[i], (onItsOwn + passage) / 2, onItsOwn);
        }
    }

    /// <summary>
    /// A long sentence, and each of its clauses (split at "and", "but", "so I", "then"): a run-on written without full stops
    /// ("work was long and my boss shouted and the bus was late and I've saved up pills") read as one bag of words
    /// drowned its last clause; read on its own, that clause is read as the sentence model learned sentences. Short
    /// sentences are read only whole, as they were learned.
    /// </summary>
    private static IEnumerable<string> ClausesOf(string sentence)
    {
        yield return sentence;
        if (sentence.Count(c => c == ' ') + 1 < LongSentenceWords)
        {
            yield break;
        }
        foreach (var clause in ClauseBreak.Split(sentence).Where(c => c.Any(char.IsLetter)))
        {
            yield return clause;
        }
    }

    /// <summary>From how many words a sentence is also read clause by clause (chosen on the bundled phrases, docs/adr/0011).</summary>
    private const int LongSentenceWords = 12;

    private static readonly Regex ClauseBreak = new(
        @"(?:,\s*|\s+)and\s+|,?\s+but\s+|,\s*so\s+|\s+so\s+(?=i\b)|,?\s+then\s+",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The strongest in-context reading of normalised text, from 0 to 1.</summary>
    public double Score(string normal) => Read(normal).Select(r => r.InContext).DefaultIfEmpty(0).Max();

    /// <summary>
    /// Phrases are labelled whole, and the passage model learns from them as they are. In a crisis phrase of several
    /// sentences often only one carries the risk ("After the phone call I went quiet. I've bought what I need."), and
    /// teaching the sentence model the others as crisis language taught it to alarm on "after the phone call". So the
    /// passage model picks each crisis phrase's sentence that reads most like crisis language, and the sentence model
    /// learns from those and from every sentence of the ordinary phrases.
    /// </summary>
    public static CrisisReader Learn(IEnumerable<CrisisPhrases.Phrase> phrases)
    {
        var readings = phrases.Select(p => (p.Crisis, Parts: CrisisLanguage.SentencesOf(CrisisText.Normalize(p.Text)).ToList()))
            .Where(r => r.Parts.Count > 0).ToList();
        var passages = CrisisModel.Train([.. readings.Select(r => (string.Join(' ', r.Parts), r.Crisis))]);
        var sentences = CrisisModel.Train([.. readings.SelectMany(r => r.Crisis
            ? [(r.Parts.MaxBy(passages.Score)!, true)]
            : r.Parts.Select(part => (part, false)))]);
        return new CrisisReader(sentences, passages);
    }
}
