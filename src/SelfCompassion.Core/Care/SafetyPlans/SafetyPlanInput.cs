using SelfCompassion.Common;

namespace SelfCompassion.Care.SafetyPlans;

/// <summary>A safety plan as the form fills it in.</summary>
public sealed record SafetyPlanInput : SafetyPlanText
{
    public static SafetyPlanInput From(SafetyPlanText plan) => new(plan);

    public SafetyPlanInput()
    {
    }

    private SafetyPlanInput(SafetyPlanText plan)
        : base(plan)
    {
    }

    /// <summary>The plan's one rule: each section fits on a printed page.</summary>
    public IReadOnlyList<FieldError> Check()
    {
        var rules = new Rules();
        foreach (var (field, text) in Sections())
        {
            rules.Text(field, text, MaxLength, "Please shorten this to 2,000 characters or fewer, so your plan still fits on a page.");
        }
        return rules.When(IsEmpty, nameof(WarningSigns), "When you're ready, write something in at least one part of your plan. A few words are enough.").Errors;
    }
}

/// <summary>A saved plan: its sections, when it was last changed, and its version for safe editing.</summary>
public sealed record SafetyPlanView : SafetyPlanText
{
    public SafetyPlanView(SafetyPlanText plan)
        : base(plan)
    {
    }

    public DateTimeOffset UpdatedAt { get; init; }

    public uint Version { get; init; }
}
