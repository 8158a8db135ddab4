using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

public class EditModel(JournalService journal) : SignedInPageModel
{
    public const string ConflictMessage =
        "This entry was changed somewhere else (perhaps another tab) after you opened it, so we haven't saved over it. " +
        "Your text is still here: copy anything you'd like to keep, then open the entry again to see the latest version.";

    [BindProperty]
    public EntryForm Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await journal.GetAsync(OwnerId, id, cancellationToken);
        if (entry is null)
        {
            return NotFound();
        }
        Id = id;
        Input = EntryForm.From(entry);
        Version = entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await journal.UpdateAsync(OwnerId, id, Version, Input.ToInput(), cancellationToken);
        switch (result.Status)
        {
            case JournalStatus.NotFound:
                return NotFound();
            case JournalStatus.Invalid:
                ModelState.AddJournalErrors(result.Errors, nameof(Input), EntryFields.Names);
                return Page();
            case JournalStatus.Conflict:
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return Page();
            default:
                return Saved("Your changes are saved.", $"/journal/{id}", result.CrisisNoticed, $"journal-edit-{id}");
        }
    }
}
