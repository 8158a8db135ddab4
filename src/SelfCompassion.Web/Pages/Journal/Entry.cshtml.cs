using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal.Entries;

namespace SelfCompassion.Web.Pages.Journal;

public class EntryModel(JournalEntries entries) : SignedInPageModel
{
    public EntryView Entry { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await entries.GetAsync(id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        return Page();
    }
}
