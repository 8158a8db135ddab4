using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages.Journal;

/// <summary>What every journal page needs: whose journal it is, their time zone, and the notes carried across a redirect.</summary>
public abstract class JournalPageModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Set after a save whose words suggest the person may be in danger; the next page offers help.</summary>
    [TempData]
    public bool CrisisNoticed { get; set; }

    /// <summary>The browser draft to forget, because what it held is now saved.</summary>
    [TempData]
    public string? SavedDraft { get; set; }

    protected string OwnerId => User.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("Journal pages are for signed-in people only.");

    public TimeZoneInfo Zone =>
        TimeZoneInfo.TryFindSystemTimeZoneById(User.FindFirstValue(DisplayNameClaimsFactory.TimeZoneClaim) ?? TimeZones.Default, out var zone)
            ? zone
            : TimeZoneInfo.Utc;

    public string Local(DateTimeOffset time) =>
        TimeZoneInfo.ConvertTime(time, Zone).ToString("dddd d MMMM yyyy, HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    protected IActionResult Saved(string message, Guid entryId, bool crisis, string? draft)
    {
        StatusMessage = message;
        CrisisNoticed = crisis;
        SavedDraft = draft;
        return Redirect($"/journal/{entryId}");
    }
}
