using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Practice.CheckIns;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Progress;

public class CheckInModel(CheckInLog checkIns) : SignedInPageModel
{
    /// <summary>Statement number (from 0) → the answer chosen; a skipped statement keeps the others' answers.</summary>
    [BindProperty]
    public Dictionary<int, string?> Answers { get; set; } = [];

    /// <summary>This form's own key, kept when the form comes back with a correction: sent twice, it saves once.</summary>
    [BindProperty]
    public Guid? SaveKey { get; set; }

    public int? Selected(int index) => new CheckInInput(Answers).Answer(index);

    public string? ErrorFor(int index) => ModelState.ErrorFor($"Answers[{index}]");

    public void OnGet() => SaveKey = Guid.NewGuid();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await checkIns.SaveAsync(new CheckInInput(Answers), SaveKey, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            return Page();
        }
        StatusMessage = $"Thank you for checking in. Today your answers come to {result.Value:0.0} on the scale of 1 to 5, where higher means gentler with yourself. It rises and falls with hard weeks, and that's human. You might check in again in two to four weeks.";
        return Redirect("/progress");
    }
}
