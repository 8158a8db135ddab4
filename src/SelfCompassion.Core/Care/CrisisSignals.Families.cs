using System.Text.RegularExpressions;

namespace SelfCompassion.Care;

/// <summary>How the families are read: a quick combined check per family first, then each pattern where it might match.</summary>
internal static partial class CrisisSignals
{

    /// <summary>
    /// Every family with combined patterns that answer "anything of this family here?" in a pass or two, so text
    /// without any is passed over quickly; self-harm last (its matches alone may be explained away as an accident).
    /// Built on first use, once every family (declared across this class's files) exists.
    /// </summary>
    internal static IReadOnlyList<(string Family, Regex[] Any, Regex[] Patterns)> Families => FamiliesOnce.Value;

    private static readonly Lazy<(string Family, Regex[] Any, Regex[] Patterns)[]> FamiliesOnce = new(() =>
    [
        Family("direct", Direct), Family("wish", WishDeath), Family("living", LifeHope), Family("burden", Burden), Family("goodbye", Goodbye),
        Family("means", Means), Family("voice", Voice), Family("context", Context), Family("self-harm", SelfHarm),
    ]);

    private static (string, Regex[], Regex[]) Family(string name, Regex[] patterns) =>
        (name, Combined(patterns).ToArray(), patterns);

    /// <summary>As few combined patterns as the engine's size limit allows: halves until each fits, or the pattern itself.</summary>
    private static IEnumerable<Regex> Combined(Regex[] patterns)
    {
        if (patterns.Length == 1 && TryAnyOf(patterns) is null)
        {
            return patterns;
        }
        return TryAnyOf(patterns) is { } any
            ? [any]
            : Combined(patterns[..(patterns.Length / 2)]).Concat(Combined(patterns[(patterns.Length / 2)..]));
    }

    private static Regex? TryAnyOf(Regex[] patterns)
    {
        try
        {
            return AnyOf(patterns);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// One pattern that matches wherever any of these might: lookarounds and anchors are left out and bounded gaps ("{0,40}")
    /// unbounded, so it matches a little more, never less, and it runs without backtracking, in time linear in the
    /// text. (Patterns are combined as far as the engine's size limit allows.)
    /// </summary>
    private static Regex AnyOf(IEnumerable<Regex> patterns) =>
        new(string.Join('|', patterns.Select(p => $"(?:{BoundedGap().Replace(WithoutLookarounds(p.ToString()), "*")})")),
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    [GeneratedRegex(@"\{\d+,\d+\}")]
    private static partial Regex BoundedGap();

    private static string WithoutLookarounds(string pattern)
    {
        var kept = new System.Text.StringBuilder(pattern.Length);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                kept.Append(pattern, i++, 2);
            }
            else if (IsLookaround(pattern, i))
            {
                i = ClosingParenthesis(pattern, i);
            }
            else if (pattern[i] is '^' or '$' && !InClass(pattern, i))
            {
                // A sentence's start or end is not the whole text's: without the anchor it matches anywhere.
            }
            else
            {
                kept.Append(pattern[i]);
            }
        }
        return kept.ToString();
    }

    private static bool InClass(string pattern, int position)
    {
        var inClass = false;
        for (var i = 0; i < position; i++)
        {
            if (pattern[i] == '\\')
            {
                i++;
            }
            else if (pattern[i] == '[')
            {
                inClass = true;
            }
            else if (pattern[i] == ']')
            {
                inClass = false;
            }
        }
        return inClass;
    }

    private static bool IsLookaround(string pattern, int i) =>
        pattern[i] == '(' && i + 2 < pattern.Length && pattern[i + 1] == '?'
        && (pattern[i + 2] is '=' or '!' || (pattern[i + 2] == '<' && i + 3 < pattern.Length && pattern[i + 3] is '=' or '!'));

    private static int ClosingParenthesis(string pattern, int open)
    {
        var (depth, inClass) = (0, false);
        for (var i = open; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    inClass = true;
                    break;
                case ']':
                    inClass = false;
                    break;
                case '(' when !inClass:
                    depth++;
                    break;
                case ')' when !inClass && --depth == 0:
                    return i;
            }
        }
        return pattern.Length - 1;
    }

    /// <summary>
    /// Each pattern is compiled for the backtracking engine: it only ever runs on a sentence the family's combined
    /// linear-time pattern has already picked out, its gaps are bounded, and a time limit stops any runaway (counted as
    /// noticed, since offering help by mistake is the safer error). The limit is wall-clock time, so it is far above
    /// the worst measured reading (about 100 ms for 10,000 hostile characters): a busy machine must not raise alarms. A linear-time automaton per pattern kept about
    /// 0.8 MB each, some 500 MB for the whole detector (README "Benchmarks").
    /// </summary>
    private static Regex[] Build(params string[] patterns) => patterns.Select(Linear).ToArray();

    // A method, not a field: the partial class's static fields across files initialise in no promised order.
    internal static Regex Linear(string pattern) => new(pattern, RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(2));
}
