using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

/// <summary>
/// The journal, newest first, 20 at a time. Filters are choices, never text, so plain GET links may carry them;
/// search words are the person's own, so they only travel in a POST body, never in the address.
/// </summary>
public class IndexModel(JournalEntries entries, JournalList journal) : SignedInPageModel
{
    [BindProperty(SupportsGet = true)]
    public JournalFilters Filters { get; set; } = new();

    public JournalPage Results { get; private set; } = new([], null);

    public bool HasAnyEntry { get; private set; }

    public string? FieldError(string key) => ModelState.ErrorFor(key);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        // A search is never read from the address, even if someone puts one there.
        Filters.Q = null;
        return ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var found = await journal.FindAsync(Filters, Zone, cancellationToken);
        Results = found.Value ?? Results;
        // Only an empty page needs to ask whether the journal is empty altogether (a first visit reads differently).
        HasAnyEntry = Results.Entries.Count > 0 || await entries.HasAnyAsync(cancellationToken);
        if (HasAnyEntry)
        {
            ModelState.AddErrors(found.Errors);
        }
        return Page();
    }
}
