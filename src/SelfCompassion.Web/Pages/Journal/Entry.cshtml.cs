using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal;

namespace SelfCompassion.Web.Pages.Journal;

public class EntryModel(JournalService journal) : SignedInPageModel
{
    public EntryView Entry { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await journal.GetAsync(OwnerId, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        Entry = entry;
        return Page();
    }
}
