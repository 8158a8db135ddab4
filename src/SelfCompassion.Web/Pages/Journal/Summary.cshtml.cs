using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal.Summary;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

/// <summary>
/// A summary to bring to therapy. Its choices are dates and checkboxes, never the person's words, so a GET form
/// carries them; the page is built for this screen and printer only, and nothing is sent anywhere.
/// </summary>
public class SummaryModel(TherapySummaries summaries) : SignedInPageModel
{
    // Named, so a query with no Input value binds nothing: unnamed, model binding fell back to no prefix and bound the
    // page's route value ("page") to Input.Page, which failed on every first visit and hid the summary behind an error.
    [BindProperty(SupportsGet = true, Name = nameof(Input))]
    public SummaryRequest Input { get; set; } = new();

    public TherapySummary? Summary { get; private set; }

    public string? ErrorFor(string key) => ModelState.ErrorFor($"Input.{key}");

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await summaries.BuildAsync(Input, Zone, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return Page();
        }
        Summary = result.Value;
        return Page();
    }

    /// <summary>This summary's address on another page of thought records.</summary>
    public string PageLink(int page) =>
        "/journal/summary" + QueryString.Create(Request.Query.Where(q => !q.Key.Equals("Input.Page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new("Input.Page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
}
