using SelfCompassion.Care;

namespace SelfCompassion.Tests.Services.Care;

/// <summary>The learned part of the crisis detector (docs/adr/0011).</summary>
public class CrisisReaderTests
{
    private static readonly string[] Texts =
    [
        "I keep thinking about ending it tonight",
        "After the phone call with my mum",
        "Dear me, it's okay to rest. You have carried so much this year.",
        "Cancelled my phone contract and sorted the cat with next door. After Friday none of it matters.",
    ];

    /// <summary>
    /// The app reads its models from a file instead of learning them as it starts (ADR 0011); the file must be what
    /// learning from today's phrases gives, so a changed phrase, feature or learning step can't ship unlearned.
    /// </summary>
    [Fact]
    public void The_shipped_models_are_what_the_bundled_phrases_teach_every_time()
    {
        var phrases = CrisisPhrases.Training();
        var first = CrisisReader.Learn(phrases);
        var second = CrisisReader.Learn(phrases);
        Assert.True(first.SameAs(second, 0), "Learning twice from the same phrases gave different weights.");
        Assert.True(first.SameAs(CrisisReader.Shipped, 1e-6f),
            $"{CrisisReader.ShippedFile} is not what the bundled phrases teach: run ./dev.sh relearn and commit the file.");
        foreach (var text in Texts)
        {
            var normal = CrisisText.Normalize(text);
            Assert.Equal(first.Score(normal), CrisisReader.Shipped.Score(normal), 5);
        }
    }

    [Fact]
    public void A_models_file_written_for_other_features_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => CrisisReader.Load(new MemoryStream(Header(CrisisFeatures.Bits + 1))));
    }

    /// <summary>A damaged file must not load as a model that weighs some words as nothing.</summary>
    [Theory]
    [InlineData("cut short")]
    [InlineData("with more after it")]
    [InlineData("with a bucket out of order")]
    public void A_damaged_models_file_is_refused(string damage)
    {
        using var saved = new MemoryStream();
        CrisisReader.Shipped.Save(saved);
        var bytes = saved.ToArray();
        bytes = damage switch
        {
            "cut short" => bytes[..(bytes.Length / 2)],
            "with more after it" => [.. bytes, 0],
            // The sentence model's first two buckets, after the header, the bias and the count, swapped.
            _ => Swapped(bytes, Header(CrisisFeatures.Bits).Length + 8, 8),
        };
        Assert.Throws<InvalidDataException>(() => CrisisReader.Load(new MemoryStream(bytes)));
        Assert.Throws<InvalidDataException>(() => CrisisLanguage.Prepare(() => CrisisReader.Load(new MemoryStream(bytes))));
    }

    /// <summary>A models file's header as Save writes it, for features of <paramref name="bits"/> bits.</summary>
    private static byte[] Header(int bits)
    {
        using var header = new MemoryStream();
        using (var writer = new BinaryWriter(header, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(CrisisReader.Format);
            writer.Write(bits);
        }
        return header.ToArray();
    }

    private static byte[] Swapped(byte[] bytes, int at, int length)
    {
        var copy = (byte[])bytes.Clone();
        bytes.AsSpan(at, length).CopyTo(copy.AsSpan(at + length));
        bytes.AsSpan(at + length, length).CopyTo(copy.AsSpan(at));
        return copy;
    }

    /// <summary>
    /// Read as one bag of words, a long letter drowned its one crisis sentence: each sentence of a long entry is read
    /// with its neighbours, and the sentence model's own reading lets the patterns speak for it.
    /// </summary>
    [Fact]
    public void A_crisis_sentence_deep_in_a_long_entry_is_noticed_as_it_is_on_its_own()
    {
        const string Crisis = "I've saved up enough pills for tonight.";
        var calm = string.Concat(Enumerable.Repeat("Walked the dog by the canal and made soup for tea. ", 12));
        var readings = CrisisReader.Shipped.Read(CrisisText.Normalize(calm + Crisis + " " + calm)).ToList();
        Assert.Equal(25, readings.Count);
        Assert.Equal(readings.Max(r => r.OnItsOwn), readings[12].OnItsOwn);
        Assert.True(CrisisLanguage.IsPresent(Crisis));
        Assert.True(CrisisLanguage.IsPresent(calm + Crisis + " " + calm));
        Assert.False(CrisisLanguage.IsPresent(calm + calm));
    }

    [Fact]
    public void Text_without_words_reads_as_nothing()
    {
        Assert.Equal(0, CrisisReader.Shipped.Score(CrisisText.Normalize("  ...  ' ?! ")));
        Assert.False(CrisisLanguage.IsPresent("  ...  ' ?! "));
    }

    /// <summary>A reader that learned only ordinary phrases reads everything as calm, so only the patterns can speak.</summary>
    private static readonly Lazy<CrisisReader> Calm = new(() => CrisisReader.Learn(CrisisPhrases.Training().Where(p => !p.Crisis)));

    private static bool DecidedByCalmReader(string text) =>
        CrisisLanguage.Decide(Calm.Value, CrisisText.Normalize(text), CrisisLanguage.ModelAlone, CrisisLanguage.ModelWithPattern);

    /// <summary>
    /// No pattern brings help on its own, not even words that say it outright: the models must read the text as at risk
    /// too (ADR 0011 gives the figures for that choice). The shipped models read these as at risk.
    /// </summary>
    [Theory]
    [InlineData("I want to kill myself")]
    [InlineData("sometimes I think about suicide")]
    [InlineData("I've saved up enough pills for tonight.")]
    public void A_pattern_alone_brings_no_help_but_the_shipped_models_read_these_as_at_risk(string text)
    {
        Assert.NotNull(CrisisLanguage.Explain(text));
        Assert.False(DecidedByCalmReader(text));
        Assert.True(CrisisLanguage.IsPresent(text));
    }
}
