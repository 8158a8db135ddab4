using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.LookAgain;

namespace SelfCompassion.Web.Pages.Journal;

public class EntryModel(JournalEntries entries, LookAgainService lookAgain) : SignedInPageModel
{
    public EntryView Entry { get; private set; } = default!;

    /// <summary>The later looks at this thought, oldest first.</summary>
    public IReadOnlyList<(DateTimeOffset RatedAt, int Belief)> LaterLooks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await entries.GetAsync(id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        LaterLooks = await lookAgain.LaterLooksAsync(id, cancellationToken);
        return Page();
    }
}
