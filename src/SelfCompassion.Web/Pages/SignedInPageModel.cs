using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Common;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages;

/// <summary>
/// What every page of a signed-in person's own space needs: their time zone, and the notes carried across a redirect
/// after a save. Whose space it is, Core already knows (see SignedInUser.UseCurrentOwner).
/// </summary>
public abstract class SignedInPageModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Set after a save whose words suggest the person may be in danger; the next page offers help.</summary>
    [TempData]
    public bool CrisisNoticed { get; set; }

    /// <summary>
    /// Set when a form comes back (for a correction, or after a conflict) holding words that can mean the person is in
    /// danger: those words may never be saved, so help is offered on the form itself, above it. Not carried further.
    /// </summary>
    public bool CrisisInForm { get; private set; }

    /// <summary>The browser draft to forget, because what it held is now saved.</summary>
    [TempData]
    public string? SavedDraft { get; set; }

    public TimeZoneInfo Zone => User.TimeZone();

    /// <summary>Whose crisis lines the panel shows first.</summary>
    public SelfCompassion.Care.CrisisRegion? CrisisRegion => HttpContext.LikelyCrisisRegion();

    public string Local(DateTimeOffset time) => LocalTime.Describe(time, Zone);

    /// <summary>
    /// The form again, as it was sent, with help above it when its words can mean the person is in danger: read by Core
    /// (a correction, a conflict), or by the input itself when the form never reached Core (a number that wasn't one).
    /// </summary>
    protected PageResult FormAgain(bool crisisInWords)
    {
        CrisisInForm = crisisInWords;
        return Page();
    }

    protected IActionResult Saved(string message, string location, bool crisis, string? draft)
    {
        StatusMessage = message;
        CrisisNoticed = crisis;
        SavedDraft = draft;
        return Redirect(location);
    }
}
