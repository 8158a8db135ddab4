using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal.Entries;

namespace SelfCompassion.Web.Pages.Journal;

public class DeleteModel(JournalEntries entries) : SignedInPageModel
{
    public Guid Id { get; private set; }

    public string Thought { get; private set; } = "";

    public int ReframeCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await entries.GetAsync(id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        (Id, Thought, ReframeCount) = (id, entry.Thought ?? "", entry.Reframes.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await entries.DeleteAsync(id, cancellationToken)).Succeeded)
        {
            return NotFound();
        }
        StatusMessage = "The entry is deleted.";
        return Redirect("/journal");
    }
}
