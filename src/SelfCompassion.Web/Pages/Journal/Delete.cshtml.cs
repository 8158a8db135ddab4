using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal;

namespace SelfCompassion.Web.Pages.Journal;

public class DeleteModel(JournalService journal) : SignedInPageModel
{
    public Guid Id { get; private set; }

    public string Thought { get; private set; } = "";

    public int ReframeCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await journal.GetAsync(OwnerId, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        (Id, Thought, ReframeCount) = (id, entry.Thought, entry.Reframes.Count);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await journal.DeleteAsync(OwnerId, id, cancellationToken);
        if (result.Status == JournalStatus.NotFound)
        {
            return NotFound();
        }
        StatusMessage = "The entry is deleted.";
        return Redirect("/journal");
    }
}
