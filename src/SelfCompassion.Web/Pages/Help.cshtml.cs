using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Care;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages;

/// <summary>Crisis lines for everyone: the visitor's likely region first, every other region after.</summary>
public class HelpModel : PageModel
{
    /// <summary>A region picked on the page; it wins over any guess.</summary>
    [BindProperty(SupportsGet = true, Name = "region")]
    public string? Chosen { get; set; }

    public CrisisRegion? Likely { get; private set; }

    public IReadOnlyList<CrisisRegion> Others { get; private set; } = [];

    public static CrisisLines Lines => CrisisLines.Bundled;

    /// <summary>"November 2026", for the note on when the numbers were checked.</summary>
    public static string CheckedMonth =>
        DateTime.ParseExact(Lines.Checked, "yyyy-MM", System.Globalization.CultureInfo.InvariantCulture).ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    public void OnGet()
    {
        Likely = HttpContext.LikelyCrisisRegion(Chosen);
        Others = [.. Lines.Regions.Where(r => r != Likely)];
    }
}
