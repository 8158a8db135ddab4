using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

public class NewModel(JournalEntries entries) : SignedInPageModel
{
    [BindProperty]
    public EntryInput Input { get; set; } = new();

    /// <summary>This form's own key, kept when the form comes back with a correction: sent twice, it saves once.</summary>
    [BindProperty]
    public Guid? SaveKey { get; set; }

    public void OnGet() => SaveKey = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return FormAgain(Input.SuggestsDanger());
        }
        var result = await entries.CreateAsync(Input, SaveKey, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return FormAgain(result.CrisisNoticed);
        }
        return Saved("Your thought is saved. When you're ready, you can look at it again with a kinder eye.",
            $"/journal/{result.Id}", result.CrisisNoticed, "journal-new");
    }
}
