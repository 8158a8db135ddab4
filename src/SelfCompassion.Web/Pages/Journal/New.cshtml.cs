using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

public class NewModel(JournalService journal) : SignedInPageModel
{
    [BindProperty]
    public EntryForm Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await journal.CreateAsync(OwnerId, Input.ToInput(), cancellationToken);
        if (result.Status == JournalStatus.Invalid)
        {
            ModelState.AddJournalErrors(result.Errors, nameof(Input), EntryFields.Names);
            return Page();
        }
        return Saved("Your thought is saved. When you're ready, you can look at it again with a kinder eye.",
            $"/journal/{result.Id}", result.CrisisNoticed, "journal-new");
    }
}
