using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Practice;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Practice;

/// <summary>One guided practice: the page supplies the steps, this saves what was done.</summary>
public abstract class PracticePageModel(PracticeSessions practices) : SignedInPageModel
{
    [BindProperty]
    public PracticeInput Input { get; set; } = new();

    /// <summary>This form's own key, kept when the form comes back with a correction: sent twice, it saves once.</summary>
    [BindProperty]
    public Guid? SaveKey { get; set; }

    protected abstract PracticeKind Kind { get; }

    public PracticeInfo Info => Practices.For(Kind);

    public string? Attempted(string key, object? fallback) => ModelState.Attempted($"Input.{key}", fallback);

    public string? ErrorFor(string key) => ModelState.ErrorFor($"Input.{key}");

    public void OnGet() => (Input.Minutes, SaveKey) = (Info.SuggestedMinutes, Guid.NewGuid());

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return FormAgain(Input.SuggestsDanger());
        }
        var result = await practices.SaveAsync(Kind, Input, SaveKey, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return FormAgain(result.CrisisNoticed);
        }
        return Saved($"You took {Input.Minutes} {(Input.Minutes == 1 ? "minute" : "minutes")} for yourself. That matters.",
            "/practice/history", result.CrisisNoticed, draft: $"practice-{Info.Slug}");
    }
}
