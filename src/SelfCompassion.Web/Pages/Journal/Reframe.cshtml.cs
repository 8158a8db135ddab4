using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Common;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

public class ReframeModel(JournalEntries entries, JournalReframes reframes) : SignedInPageModel
{
    public const string ConflictMessage =
        "This entry was changed somewhere else (perhaps another tab) after you opened this page, so its feelings may be different now. " +
        "Your words are still here. If you'd like, rate its feelings again below, then save.";

    [BindProperty]
    public ReframeInput Input { get; set; } = new();

    /// <summary>The entry's version when this form was opened.</summary>
    [BindProperty]
    public uint? EntryVersion { get; set; }

    /// <summary>This form's own key, kept when the form comes back with a correction: sent twice, it saves once.</summary>
    [BindProperty]
    public Guid? SaveKey { get; set; }

    public EntryView Entry { get; private set; } = default!;

    public string? Attempted(string key, object? fallback) => ModelState.Attempted($"Input.{key}", fallback);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await entries.GetAsync(id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        (Entry, EntryVersion, SaveKey) = (entry, entry.Version, Guid.NewGuid());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        // The thought stays in view beside the form, whatever happens next.
        if (await entries.GetAsync(id, cancellationToken) is not { } entry)
        {
            return NotFound();
        }
        Entry = entry;
        if (!ModelState.IsValid)
        {
            return FormAgain(Input.SuggestsDanger());
        }
        var result = await reframes.AddAsync(id, Input, EntryVersion, SaveKey, cancellationToken);
        switch (result.Status)
        {
            case OutcomeStatus.NotFound:
                return NotFound();
            case OutcomeStatus.Conflict:
                // The ratings were given to the feelings as they were; matched by position, they'd now belong to others.
                EntryVersion = entry.Version;
                Input.After = [];
                foreach (var rating in ModelState.FindKeysWithPrefix("Input.After").ToList())
                {
                    ModelState.Remove(rating.Key);
                }
                ModelState.AddModelError(string.Empty, ConflictMessage);
                return FormAgain(result.CrisisNoticed);
            case OutcomeStatus.Invalid:
                ModelState.AddErrors(result.Errors, nameof(Input));
                return FormAgain(result.CrisisNoticed);
            default:
                return Saved("Your reframe is saved. That took care and honesty.", $"/journal/{id}", result.CrisisNoticed, $"journal-reframe-{id}");
        }
    }
}
