using SelfCompassion.Common;
using SelfCompassion.Protection;

namespace SelfCompassion.Care.SafetyPlans;

/// <summary>
/// A personal safety plan in the person's own words, following Stanley and Brown's Safety Planning Intervention: the
/// sections are named once here; the form binds them, their rule checks them, and they are sealed as one document.
/// </summary>
public record SafetyPlanText
{
    public const int MaxLength = 2_000;

    /// <summary>Thoughts, feelings, situations or behaviour that tell me a crisis may be coming.</summary>
    public string? WarningSigns { get; set => field = Characters.Clean(value); }

    /// <summary>Things I can do on my own to feel a bit better.</summary>
    public string? OnMyOwn { get; set => field = Characters.Clean(value); }

    /// <summary>People and places that take my mind off things.</summary>
    public string? Distractions { get; set => field = Characters.Clean(value); }

    /// <summary>People I can ask for help.</summary>
    public string? PeopleToAsk { get; set => field = Characters.Clean(value); }

    /// <summary>Professionals and services I can contact (crisis lines are suggested when the plan is new).</summary>
    public string? Professionals { get; set => field = Characters.Clean(value); }

    /// <summary>Making my surroundings safer.</summary>
    public string? SaferSurroundings { get; set => field = Characters.Clean(value); }

    /// <summary>What matters most to me and is worth living for.</summary>
    public string? WorthLivingFor { get; set => field = Characters.Clean(value); }

    /// <summary>Each section by its field name, in the plan's order.</summary>
    public IReadOnlyList<(string Field, string? Text)> Sections() =>
    [
        (nameof(WarningSigns), WarningSigns),
        (nameof(OnMyOwn), OnMyOwn),
        (nameof(Distractions), Distractions),
        (nameof(PeopleToAsk), PeopleToAsk),
        (nameof(Professionals), Professionals),
        (nameof(SaferSurroundings), SaferSurroundings),
        (nameof(WorthLivingFor), WorthLivingFor),
    ];

    public bool IsEmpty => Sections().All(s => s.Text is null);

    /// <summary>Just the sections, whatever record carries them.</summary>
    public SafetyPlanText SectionsOnly() => new(this);

    /// <summary>A new plan's professionals section: the region's emergency number and crisis lines, to keep or change.</summary>
    public static string SuggestedProfessionals(CrisisRegion? region)
    {
        if (region is null)
        {
            return "Emergency: my local emergency number\nMy doctor or therapist: ";
        }
        var lines = region.Lines.Select(l => $"{l.Name}: {string.Join(", ", new[] { l.Call is null ? null : "call " + l.Call, l.Text is null ? null : "text " + l.Text }.Where(w => w is not null))}");
        return string.Join('\n', [$"Emergency: {region.Emergency}", .. lines, "My doctor or therapist: "]);
    }
}

/// <summary>The plan's sealed document, bound to its row.</summary>
internal static class SealedSafetyPlan
{
    public const string Purpose = "safety-plan";

    public static byte[] Seal(SafetyPlanText plan, Guid planId, OwnerCipher cipher) => cipher.Seal(plan.SectionsOnly(), planId, Purpose);

    public static SafetyPlanText Open(byte[] sealedText, Guid planId, OwnerCipher cipher) => cipher.Open<SafetyPlanText>(sealedText, planId, Purpose);
}
