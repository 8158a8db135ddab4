using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Common;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

public class EditModel(JournalEntries entries) : SignedInPageModel
{
    public const string ConflictMessage =
        "This entry was changed somewhere else (perhaps another tab) after you opened it, so we haven't saved over it. " +
        "Your text is still here: copy anything you'd like to keep, then open the entry again to see the latest version.";

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    [BindProperty]
    public uint Version { get; set; }

    public Guid Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await entries.GetAsync(id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        (Id, Input, Version) = (id, EntryInput.From(entry), entry.Version);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return FormAgain(Input.SuggestsDanger());
        }
        var result = await entries.UpdateAsync(id, Version, Input, cancellationToken);
        switch (result.Status)
        {
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict:
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return FormAgain(result.CrisisNoticed);
            case OutcomeStatus.Invalid:
                ModelState.AddErrors(result.Errors, nameof(Input));
                return FormAgain(result.CrisisNoticed);
            default:
                return Saved("Your changes are saved.", $"/journal/{id}", result.CrisisNoticed, $"journal-edit-{id}");
        }
    }
}
