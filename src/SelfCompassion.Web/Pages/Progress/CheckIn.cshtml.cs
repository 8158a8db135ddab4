using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Practice;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Progress;

public class CheckInModel(CheckInService checkIns) : SignedInPageModel
{
    [BindProperty]
    public List<int?> Answers { get; set; } = [];

    public int? Selected(int index) => index < Answers.Count ? Answers[index] : null;

    public string? ErrorFor(int index) => ModelState.ErrorFor($"Answers[{index}]");

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < SelfCompassionScale.Items.Count; i++)
        {
            if (Selected(i) is not (>= 1 and <= 5))
            {
                // Replace the binder's own message (for a value that isn't a number) with one about this scale.
                ModelState.Remove($"Answers[{i}]");
                ModelState.TryAddModelError($"Answers[{i}]", "Please choose an answer from 1 (almost never) to 5 (almost always).");
            }
        }
        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "A few statements still need an answer. They're marked below.");
            return Page();
        }
        var score = await checkIns.SaveAsync(OwnerId, Answers.Take(12).Select(a => a!.Value).ToList(), cancellationToken);
        StatusMessage = $"Thank you for checking in. Your self-compassion score is {score:0.0} out of 5. It can be worth retaking in two to four weeks.";
        return Redirect("/progress");
    }
}
