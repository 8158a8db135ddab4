using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Common;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

/// <summary>A fresh look at an answered thought: one rating, how much it is believed now, then the change shown.</summary>
public class LookAgainModel(LookAgainService lookAgain) : SignedInPageModel
{
    [BindProperty]
    public FollowUpInput Input { get; set; } = new();

    public Guid Id { get; private set; }

    public BeliefPath Path { get; private set; } = default!;

    public string? ErrorFor(string key) => ModelState.ErrorFor($"Input.{key}");

    /// <summary>What was typed, so a mistake can be corrected rather than retyped.</summary>
    public string? AttemptedBelief => ModelState.Attempted("Input.Belief", Input.Belief);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await lookAgain.FollowUpAsync(id, Input, cancellationToken);
        if (result.Status == OutcomeStatus.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return Page();
        }
        var after = Path.AfterReframe is { } a ? $", {a} after your reframe," : "";
        return Saved($"Thank you for looking again. You believed it {Path.Written} when you wrote it{after} and {Input.Belief} today.", $"/journal/{id}", crisis: false, draft: null);
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Id = id;
        if (await lookAgain.PathAsync(id, cancellationToken) is not { } path)
        {
            return false;
        }
        Path = path;
        return true;
    }
}
