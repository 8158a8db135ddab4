using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Common;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Help;

/// <summary>A personal safety plan: anyone can read what it is and print a blank one; signed in, it is written and kept.</summary>
public class PlanModel(SafetyPlans plans) : SignedInPageModel
{
    public const string ConflictMessage =
        "Your plan was changed somewhere else (perhaps another tab) after you opened it, so we haven't saved over it. " +
        "Your words are still here: copy anything you'd like to keep, then open the plan again to see the latest version.";

    [BindProperty]
    public SafetyPlanInput Input { get; set; } = new();

    /// <summary>The plan's version when the form was opened; none for a new plan.</summary>
    [BindProperty]
    public uint? Version { get; set; }

    public bool SignedIn => User.Identity?.IsAuthenticated == true;

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? ErrorFor(string key) => ModelState.ErrorFor($"Input.{key}");

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return;
        }
        if (await plans.GetAsync(cancellationToken) is { } plan)
        {
            (Input, Version, UpdatedAt) = (SafetyPlanInput.From(plan), plan.Version, plan.UpdatedAt);
        }
        else
        {
            Input.Professionals = SafetyPlanText.SuggestedProfessionals(CrisisRegion);
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!SignedIn)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await plans.SaveAsync(Input, Version, cancellationToken);
        switch (result.Status)
        {
            case OutcomeStatus.Conflict:
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return Page();
            case OutcomeStatus.Invalid:
                ModelState.AddErrors(result.Errors, nameof(Input));
                return Page();
            default:
                return Saved("Your safety plan is saved. You can print it, and change it whenever you like.", "/help/plan", crisis: false, draft: "safety-plan");
        }
    }
}
