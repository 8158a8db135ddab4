using SelfCompassion.Common;

namespace SelfCompassion.Practice.CheckIns;

/// <summary>A check-in as the form sends it: item number (from 0) → the answer chosen, "1" to "5".</summary>
public sealed record CheckInInput(IReadOnlyDictionary<int, string?> Answers)
{
    /// <summary>Every statement needs one of its five answers; anything else is marked beside its statement.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var rules = new Rules();
        for (var i = 0; i < SelfCompassionScale.Items.Count; i++)
        {
            rules.When(Answer(i) is null, $"Answers[{i}]", "Please choose an answer from 1 (almost never) to 5 (almost always).");
        }
        return rules.When(!rules.IsValid, "", "A few statements still need an answer. They're marked below.").Errors;
    }

    /// <summary>The answer to an item when it is one of the scale's five, otherwise null.</summary>
    public int? Answer(int item) =>
        Answers.GetValueOrDefault(item)?.Trim() is { Length: 1 } answer && answer[0] is >= '1' and <= '5' ? answer[0] - '0' : null;
}
