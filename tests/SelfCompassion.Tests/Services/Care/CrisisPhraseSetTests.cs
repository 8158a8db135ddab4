using System.Diagnostics;
using SelfCompassion.Care;
using Xunit.Abstractions;

namespace SelfCompassion.Tests.Services.Care;

/// <summary>
/// The crisis detector measured on labelled phrases written for this purpose (crisis/README.md). The held-out set is
/// never read or tuned on; it is the honest measure. The target there is 95% of crisis phrases noticed with at
/// most 5% of ordinary ones alarmed; the detector does not reach it yet (see docs/adr/0008), so the test holds the
/// level measured when the set was first run, and prints both figures every run.
/// </summary>
public class CrisisPhraseSetTests(ITestOutputHelper output)
{
    private sealed record Phrase(string Label, string Kind, string Text);

    private static List<Phrase> Load(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Services", "Care", "crisis", file)).Skip(1)
            .Select(line => line.Split('\t'))
            .Select(cells => new Phrase(cells[0], cells[1], cells[2]))
            .ToList();

    /// <summary>Recall and false alarms on one file; phrases are listed only where they may be read (not held out).</summary>
    private (double Recall, double FalseAlarms) Measure(string file, bool listPhrases = true)
    {
        var phrases = Load(file);
        var crisis = phrases.Where(p => p.Label == "crisis").ToList();
        var ordinary = phrases.Where(p => p.Label == "ordinary").ToList();
        Assert.True(crisis.Count >= 100 && ordinary.Count >= 100, $"{file} is smaller than the set should be.");
        var missed = crisis.Where(p => !CrisisLanguage.IsPresent(p.Text)).ToList();
        var alarmed = ordinary.Where(p => CrisisLanguage.IsPresent(p.Text)).ToList();
        var recall = 1 - ((double)missed.Count / crisis.Count);
        var falseAlarms = (double)alarmed.Count / ordinary.Count;
        output.WriteLine($"{file}: recall {recall:P1} ({crisis.Count - missed.Count}/{crisis.Count}), false alarms {falseAlarms:P1} ({alarmed.Count}/{ordinary.Count})");
        foreach (var kind in missed.Concat(alarmed).GroupBy(p => p.Kind))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count()} wrong");
        }
        foreach (var p in listPhrases ? missed.Concat(alarmed) : [])
        {
            output.WriteLine($"  wrong ({p.Label}, {p.Kind}): {p.Text}");
        }
        return (recall, falseAlarms);
    }

    /// <summary>Measured once on 2026-11-26, on a set from a writer who never saw the detector or the other sets.</summary>
    private const double HeldOutRecall = 0.70;
    private const double HeldOutFalseAlarms = 0.056;

    [Fact]
    public void On_the_held_out_phrases_recall_and_false_alarms_hold_their_measured_level()
    {
        var (recall, falseAlarms) = Measure("held-out.tsv", listPhrases: false);
        Assert.True(recall >= HeldOutRecall, $"Recall on held-out phrases fell to {recall:P1}; it was {HeldOutRecall:P1} (the target is 95%).");
        Assert.True(falseAlarms <= HeldOutFalseAlarms, $"False alarms on held-out phrases rose to {falseAlarms:P1}; they were {HeldOutFalseAlarms:P1} (the target is at most 5%).");
    }

    [Fact]
    public void On_the_phrases_it_was_checked_against_while_written_it_meets_the_target()
    {
        var (recall, falseAlarms) = Measure("validation.tsv");
        Assert.True(recall >= 0.95 && falseAlarms <= 0.05, $"{recall:P1} noticed, {falseAlarms:P1} alarmed");
    }

    [Fact]
    public void On_the_phrases_it_was_written_from_it_notices_nearly_all_and_alarms_almost_none()
    {
        var (recall, falseAlarms) = Measure("tuning.tsv");
        Assert.True(recall >= 0.98 && falseAlarms <= 0.02, $"{recall:P1} noticed, {falseAlarms:P1} alarmed");
    }

    /// <summary>
    /// A typical entry (a phrase or two) is read in a small fraction of a millisecond; a long one of 25 sentences in
    /// about a millisecond. The bound for the long one is loose because shared test machines are noisy.
    /// </summary>
    [Fact]
    public void Reading_an_entry_takes_well_under_a_millisecond_and_a_long_one_a_few_at_most()
    {
        var texts = Load("tuning.tsv").Select(p => p.Text).ToList();
        var longEntry = string.Join(' ', Load("tuning.tsv").Where(p => p.Label == "ordinary").Take(25).Select(p => p.Text));
        foreach (var text in texts.Append(longEntry))
        {
            CrisisLanguage.IsPresent(text);
        }
        var clock = Stopwatch.StartNew();
        foreach (var text in texts)
        {
            CrisisLanguage.IsPresent(text);
        }
        var each = clock.Elapsed.TotalMilliseconds / texts.Count;
        clock.Restart();
        for (var i = 0; i < 20; i++)
        {
            CrisisLanguage.IsPresent(longEntry);
        }
        var longOne = clock.Elapsed.TotalMilliseconds / 20;
        output.WriteLine($"{each:F3} ms per phrase on average; {longOne:F2} ms for a {longEntry.Length}-character entry");
        Assert.True(each < 1, $"{each:F3} ms per phrase");
        Assert.True(longOne < 5, $"{longOne:F2} ms for a long entry");
    }
}
