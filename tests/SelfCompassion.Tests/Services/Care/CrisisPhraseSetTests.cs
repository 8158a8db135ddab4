using System.Diagnostics;
using SelfCompassion.Care;
using Xunit.Abstractions;

namespace SelfCompassion.Tests.Services.Care;

/// <summary>
/// The crisis detector measured on labelled phrases written for this purpose (crisis/README.md). The models learn from
/// the bundled writers' phrases; the held-out set is by a writer they never read, is never tuned on, and is the honest
/// measure. The issue's target there is 95% of crisis phrases noticed with at most 5% of ordinary ones alarmed; the
/// test holds the level measured on it (docs/adr/0011), and prints both figures every run.
/// </summary>
public class CrisisPhraseSetTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Services", "Care", "crisis");

    private static List<CrisisPhrases.Phrase> Load(string file)
    {
        using var reader = File.OpenText(Path.Combine(Folder, file));
        return [.. CrisisPhrases.Parse(file, reader)];
    }

    /// <summary>Recall and false alarms on phrases; phrases are listed only where they may be read (not held out).</summary>
    private (double Recall, double FalseAlarms) Measure(string name, List<CrisisPhrases.Phrase> phrases, bool listPhrases = true)
    {
        var crisis = phrases.Where(p => p.Crisis).ToList();
        var ordinary = phrases.Where(p => !p.Crisis).ToList();
        Assert.True(crisis.Count >= 100 && ordinary.Count >= 100, $"{name} is smaller than the set should be.");
        var missed = crisis.Where(p => !CrisisLanguage.IsPresent(p.Text)).ToList();
        var alarmed = ordinary.Where(p => CrisisLanguage.IsPresent(p.Text)).ToList();
        var recall = 1 - ((double)missed.Count / crisis.Count);
        var falseAlarms = (double)alarmed.Count / ordinary.Count;
        output.WriteLine($"{name}: recall {recall:P1} ({crisis.Count - missed.Count}/{crisis.Count}), false alarms {falseAlarms:P1} ({alarmed.Count}/{ordinary.Count})");
        foreach (var kind in missed.Concat(alarmed).GroupBy(p => p.Kind))
        {
            output.WriteLine($"  {kind.Key}: {kind.Count()} wrong");
        }
        foreach (var p in listPhrases ? missed.Concat(alarmed) : [])
        {
            output.WriteLine($"  wrong ({(p.Crisis ? "crisis" : "ordinary")}, {p.Kind}, {p.Source}): {p.Text}");
        }
        return (recall, falseAlarms);
    }

    /// <summary>
    /// Measured on 2026-11-26, in one run, on a set by a writer who never saw the detector or the other sets (291 of 300
    /// noticed, 4 of 300 alarmed), with one phrase of slack each way for arithmetic that can differ in the last bit
    /// between platforms.
    /// </summary>
    private const double HeldOutRecall = 290 / 300.0;
    private const double HeldOutFalseAlarms = 5 / 300.0;

    [Fact]
    public void On_the_held_out_phrases_recall_and_false_alarms_hold_their_measured_level()
    {
        var (recall, falseAlarms) = Measure("held-out.tsv", Load("held-out.tsv"), listPhrases: false);
        Assert.True(recall >= HeldOutRecall, $"Recall on held-out phrases fell to {recall:P1}; it was {HeldOutRecall:P1} (the target is 95%).");
        Assert.True(falseAlarms <= HeldOutFalseAlarms, $"False alarms on held-out phrases rose to {falseAlarms:P1}; they were {HeldOutFalseAlarms:P1} (the target is at most 5%).");
    }

    /// <summary>
    /// Held-out phrases written as lines on a phone: no full stops, one per line. A crisis line after three ordinary
    /// ones was noticed 131 times in 300 while lines were run together (27 November 2026), 251 once each line was read
    /// as a sentence, 256 with long sentences also read clause by clause; four ordinary lines alarmed 3 times in 300
    /// before, 5 since. Seeded, so every run is the same.
    /// </summary>
    [Fact]
    public void On_held_out_phrases_written_as_lines_without_full_stops_a_last_line_of_danger_is_noticed()
    {
        var (noticed, alarmed) = Joined(AsLine, lines => string.Join('\n', lines), dangerInTurn: true);
        output.WriteLine($"held-out.tsv as lines: a last line of danger noticed {noticed}/300, four ordinary lines alarmed {alarmed}/300");
        Assert.True(noticed >= 253 && alarmed <= 6, Remeasure(noticed, alarmed));
    }

    /// <summary>
    /// Held-out phrases run on with "and", as one long sentence: a clause of danger after three ordinary ones was
    /// noticed 148 times in 300 while a sentence was only read whole, 196 since a long one is also read clause by
    /// clause (27 November 2026); four ordinary clauses alarmed once in 300 either way. Seeded.
    /// </summary>
    [Fact]
    public void On_held_out_phrases_run_on_with_and_a_last_clause_of_danger_is_noticed()
    {
        var (noticed, alarmed) = Joined(AsClause, clauses => string.Join(" and ", clauses) + ".", dangerInTurn: false);
        output.WriteLine($"held-out.tsv run on: a last clause of danger noticed {noticed}/300, four ordinary clauses alarmed {alarmed}/300");
        Assert.True(noticed >= 193 && alarmed <= 3, Remeasure(noticed, alarmed));
    }

    /// <summary>
    /// The same joined with ", then", as a night is told step by step: 171 in 300 noticed while "then" didn't split a
    /// sentence, 195 since (27 November 2026, chosen on the bundled phrases: 696 against 567 in 1,000 noticed, 5 against
    /// 3 alarmed); four ordinary clauses alarmed none in 300 either way. Seeded.
    /// </summary>
    [Fact]
    public void On_held_out_phrases_run_on_with_then_a_last_clause_of_danger_is_noticed()
    {
        var (noticed, alarmed) = Joined(AsClause, clauses => string.Join(", then ", clauses) + ".", dangerInTurn: false);
        output.WriteLine($"held-out.tsv run on with then: a last clause of danger noticed {noticed}/300, four ordinary clauses alarmed {alarmed}/300");
        Assert.True(noticed >= 192 && alarmed <= 2, Remeasure(noticed, alarmed));
    }

    /// <summary>
    /// 300 times: three ordinary held-out phrases and then one of danger (each in turn, or drawn), and four ordinary
    /// ones, each shaped and joined as given. Seeded, so every run draws the same.
    /// </summary>
    private static (int Noticed, int Alarmed) Joined(Func<string, string> shape, Func<IEnumerable<string>, string> join, bool dangerInTurn)
    {
        var phrases = Load("held-out.tsv");
        var crisis = phrases.Where(p => p.Crisis).Select(p => shape(p.Text)).ToList();
        var ordinary = phrases.Where(p => !p.Crisis).Select(p => shape(p.Text)).ToList();
        var random = new Random(7);
        int noticed = 0, alarmed = 0;
        for (var i = 0; i < 300; i++)
        {
            var before = Enumerable.Range(0, 3).Select(_ => ordinary[random.Next(ordinary.Count)]).ToList();
            var danger = crisis[dangerInTurn ? i % crisis.Count : random.Next(crisis.Count)];
            noticed += CrisisLanguage.IsPresent(join(before.Append(danger))) ? 1 : 0;
            alarmed += CrisisLanguage.IsPresent(join(Enumerable.Range(0, 4).Select(_ => ordinary[random.Next(ordinary.Count)]).ToList())) ? 1 : 0;
        }
        return (noticed, alarmed);
    }

    private static string Remeasure(int noticed, int alarmed) =>
        $"{noticed}/300 noticed, {alarmed}/300 alarmed; after a change to the phrases or models (./dev.sh relearn), measure again and hold the new level here";

    private static string AsLine(string phrase) => phrase.TrimEnd('.', '!', '?', ' ');

    private static string AsClause(string phrase) =>
        AsLine(phrase) is { Length: > 1 } line && !line.StartsWith("I ", StringComparison.Ordinal) && !line.StartsWith("I'", StringComparison.Ordinal)
            ? char.ToLowerInvariant(line[0]) + line[1..] : AsLine(phrase);

    [Fact]
    public void On_the_phrases_it_learned_from_it_notices_nearly_all_and_alarms_almost_none()
    {
        var (recall, falseAlarms) = Measure("bundled phrases", [.. CrisisPhrases.Training()]);
        Assert.True(recall >= 0.97 && falseAlarms <= 0.02, $"{recall:P1} noticed, {falseAlarms:P1} alarmed");
    }

    [Fact]
    public void No_held_out_phrase_is_among_those_it_learned_from()
    {
        var held = Load("held-out.tsv").Select(p => CrisisText.Normalize(p.Text)).ToHashSet();
        // Where a learned phrase repeats one held out (writers echo each other), named by file and line, not quoted.
        var shared = CrisisPhrases.Training().GroupBy(p => p.Source)
            .SelectMany(g => g.Select((p, i) => (p, Line: i + 2)).Where(x => held.Contains(CrisisText.Normalize(x.p.Text)))
                .Select(x => $"{g.Key} line {x.Line}"));
        Assert.Empty(shared);
    }

    private static readonly string[] CrisisKinds =
    [
        "passive-wish", "active-suicide", "plan-means-timing", "self-harm-present", "self-harm-past-recent", "burden",
        "hopelessness-living", "goodbye", "variant", "third-person-or-quote",
    ];

    [Fact]
    public void Every_writer_labels_crisis_phrases_with_the_ten_kinds_the_readme_describes()
    {
        var phrases = CrisisPhrases.Training().Concat(Load("held-out.tsv")).ToList();
        Assert.True(phrases.Select(p => p.Source).Distinct().Count() >= 14);
        Assert.Equal(CrisisKinds.Order(), phrases.Where(p => p.Crisis).Select(p => p.Kind).Distinct().Order());
    }

    /// <summary>
    /// A typical entry (a phrase or two) is read in a small fraction of a millisecond; a long one of 25 sentences in
    /// about a millisecond. The bound for the long one is loose because shared test machines are noisy.
    /// </summary>
    [Fact]
    public void Reading_an_entry_takes_well_under_a_millisecond_and_a_long_one_a_few_at_most()
    {
        var texts = Load("first.tsv").Select(p => p.Text).ToList();
        var longEntry = string.Join(' ', Load("first.tsv").Where(p => !p.Crisis).Take(25).Select(p => p.Text));
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
