using SelfCompassion.Care.SafetyPlans;

namespace SelfCompassion.Web.Pages.Help;

/// <summary>The plan laid out for paper: the person's own, or a blank one to fill in by hand.</summary>
public class PlanPrintModel(SafetyPlans plans) : SignedInPageModel
{
    public SafetyPlanView? Plan { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Plan = await plans.GetAsync(cancellationToken);
        }
    }
}
