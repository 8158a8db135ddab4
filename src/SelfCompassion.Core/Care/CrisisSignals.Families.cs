using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>How the families are read: each pattern of each family, sentence by sentence.</summary>
internal static partial class CrisisSignals
{
    /// <summary>
    /// Every family, self-harm last (its matches alone may be explained away as an accident). Built on first use, once
    /// every family (declared across this class's files) exists.
    /// </summary>
    internal static IReadOnlyList<(string Family, Regex[] Patterns)> Families => FamiliesOnce.Value;

    private static readonly Lazy<(string Family, Regex[] Patterns)[]> FamiliesOnce = new(() =>
    [
        ("direct", Direct), ("wish", WishDeath), ("living", LifeHope), ("burden", Burden), ("goodbye", Goodbye),
        ("means", Means), ("voice", Voice), ("context", Context), ("self-harm", SelfHarm),
    ]);

    /// <summary>
    /// Each pattern is compiled for the backtracking engine. The patterns only read what the model is unsure about
    /// (docs/adr/0011), one sentence at a time; their gaps are bounded, and a time limit stops any runaway (counted as
    /// noticed, since offering help by mistake is the safer error). The limit is wall-clock time, so it is far above
    /// the worst measured reading (about 200 ms for 10,000 hostile characters): a busy machine must not raise alarms.
    /// Linear-time automata, per pattern or combined per family as a first pass, kept about 0.8 MB each: 47 MB even
    /// combined (README "Benchmarks").
    /// </summary>
    private static Regex[] Build(params string[] patterns) => patterns.Select(Linear).ToArray();

    // A method, not a field: the partial class's static fields across files initialise in no promised order.
    internal static Regex Linear(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
}
