using System.Text.RegularExpressions;
using SelfCompassion.Care;

namespace SelfCompassion.Benchmarks;

/// <summary>
/// How the crisis model would do on a writer it has never read: each bundled writer's phrases in turn are left out, a
/// model is learned from the rest, and the left-out phrases are read with the patterns. The first five writers always
/// stay in, because the patterns were written from them. Prints the shipped rule's figures and the best rules nearby,
/// and the share of our own guide's sentences each would alarm on (docs/adr/0011).
/// </summary>
internal static class CrisisModelBenchmark
{
    private static readonly string[] AlwaysIn = ["first.tsv", "second-to-fifth.tsv"];

    /// <summary>One left-out text: its label, whether the patterns find a signal, the models' score, and the shipped rule.</summary>
    private sealed record Reading(string Fold, bool Crisis, bool Pattern, double Score, bool Shipped);

    public static void Run(string guideDirectory)
    {
        var phrases = CrisisPhrases.Training();
        var guide = Directory.GetFiles(guideDirectory, "*.md")
            .SelectMany(f => Regex.Split(Regex.Replace(File.ReadAllText(f), @"(?<!\n)\n(?!\n)", " "), @"(?<=[.!?])\s+|\n+"))
            .Where(s => s.Count(char.IsLetter) > 20).ToList();
        var readings = new List<Reading>();
        var longEntries = new List<Reading>();
        var guideScores = new List<double[]>();
        var guideAlarms = new List<double>();
        var folds = phrases.Select(p => p.Source).Distinct().Except(AlwaysIn).ToList();
        foreach (var fold in folds)
        {
            var reader = CrisisReader.Learn(phrases.Where(p => p.Source != fold));
            Reading Read(bool crisis, string text)
            {
                var normal = CrisisText.Normalize(text);
                return new Reading(fold, crisis, CrisisLanguage.Explain(text) is not null, reader.Score(normal),
                    CrisisLanguage.Decide(reader, normal, CrisisLanguage.ModelAlone, CrisisLanguage.ModelWithPattern));
            }
            var left = phrases.Where(p => p.Source == fold).ToList();
            readings.AddRange(left.Select(p => Read(p.Crisis, p.Text)));
            guideScores.Add([.. guide.Select(g => reader.Score(CrisisText.Normalize(g)))]);
            guideAlarms.Add(guide.Count(g => CrisisLanguage.Decide(reader, CrisisText.Normalize(g), CrisisLanguage.ModelAlone, CrisisLanguage.ModelWithPattern)) / (double)guide.Count);
            // Long entries: each crisis phrase between three of the writer's ordinary phrases on either side, and seven
            // ordinary phrases in a row.
            var calm = left.Where(p => !p.Crisis).Select(p => p.Text).ToList();
            string Around(int i, int count) => string.Join(' ', Enumerable.Range(i, count).Select(k => calm[k % calm.Count]));
            longEntries.AddRange(left.Where(p => p.Crisis).Select((p, i) => Read(true, $"{Around(i * 7, 3)} {p.Text} {Around((i * 7) + 3, 3)}")));
            longEntries.AddRange(Enumerable.Range(0, calm.Count / 7).Select(i => Read(false, Around(i * 7, 7))));
        }
        var rules = new List<(string Name, double Alone, double WithPattern)>();
        foreach (var alone in new[] { 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95 })
        {
            rules.AddRange(new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6 }.Where(w => w < alone).Select(w => ($"model > {alone}, or > {w} with a pattern", alone, w)));
        }
        Console.WriteLine($"left out in turn: {string.Join(", ", folds)}; patterns alone: " + Figures(readings, r => r.Pattern));
        Console.WriteLine($"shipped (> {CrisisLanguage.ModelAlone}, or > {CrisisLanguage.ModelWithPattern} with a pattern): " +
            Figures(readings, r => r.Shipped) + $"; our guide's sentences alarmed {guideAlarms.Average():P1}");
        Console.WriteLine($"  in long entries (seven phrases): {Recall(longEntries, r => r.Shipped):P1} noticed, " +
            $"{FalseAlarms(longEntries, r => r.Shipped):P1} false alarms; patterns alone {Recall(longEntries, r => r.Pattern):P1} / " +
            $"{FalseAlarms(longEntries, r => r.Pattern):P1}");
        // The grid weighs each phrase whole, as the shipped rule does for texts of up to five sentences.
        foreach (var cap in new[] { 0.03, 0.04, 0.05 })
        {
            foreach (var rule in rules.Where(r => FalseAlarms(readings, Fires(r)) <= cap).OrderByDescending(r => Recall(readings, Fires(r))).Take(3))
            {
                Console.WriteLine($"  best at most {cap:P0} false alarms: {rule.Name}: {Figures(readings, Fires(rule))}; guide sentences above the model threshold {GuideShare(guideScores, rule.Alone):P1}");
            }
        }
    }

    private static Func<Reading, bool> Fires((string Name, double Alone, double WithPattern) rule) =>
        r => r.Score > rule.Alone || (r.Pattern && r.Score > rule.WithPattern);

    private static double GuideShare(List<double[]> scores, double alone) =>
        scores.Average(s => s.Count(x => x > alone) / (double)s.Length);

    private static double Recall(List<Reading> readings, Func<Reading, bool> fires) =>
        readings.Where(r => r.Crisis).Average(r => fires(r) ? 1.0 : 0);

    private static double FalseAlarms(List<Reading> readings, Func<Reading, bool> fires) =>
        readings.Where(r => !r.Crisis).Average(r => fires(r) ? 1.0 : 0);

    private static string Figures(List<Reading> readings, Func<Reading, bool> fires) =>
        $"{Recall(readings, fires):P1} noticed, {FalseAlarms(readings, fires):P1} false alarms (pooled); by writer " +
        string.Join(", ", readings.GroupBy(r => r.Fold).Select(g => g.Any(r => r.Crisis)
            ? $"{Path.GetFileNameWithoutExtension(g.Key)} {Recall([.. g], fires):P0}/{FalseAlarms([.. g], fires):P0}"
            : $"{Path.GetFileNameWithoutExtension(g.Key)} -/{FalseAlarms([.. g], fires):P0}"));
}
