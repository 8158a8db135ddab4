using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

public class ReframeModel(JournalService journal) : SignedInPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public EntryView Entry { get; private set; } = default!;

    /// <summary>The entry's version when this form was opened.</summary>
    [BindProperty]
    public uint? EntryVersion { get; set; }

    public class InputModel
    {
        private const string TooLong = "Please shorten this to 2,000 characters or fewer.";

        [StringLength(JournalLimits.ReframeFieldMaxLength, ErrorMessage = TooLong)]
        public string? Acknowledgement { get; set; }

        [StringLength(JournalLimits.ReframeFieldMaxLength, ErrorMessage = TooLong)]
        public string? CommonHumanity { get; set; }

        [StringLength(JournalLimits.ReframeFieldMaxLength, ErrorMessage = TooLong)]
        public string? EvidenceFor { get; set; }

        [StringLength(JournalLimits.ReframeFieldMaxLength, ErrorMessage = TooLong)]
        public string? EvidenceAgainst { get; set; }

        [StringLength(JournalLimits.ReframeFieldMaxLength, ErrorMessage = TooLong)]
        public string? FriendView { get; set; }

        [Required(ErrorMessage = "When you're ready, write a kinder, realistic way to see it. A sentence is enough (up to 2,000 characters).")]
        [StringLength(JournalLimits.ReframeFieldMaxLength, ErrorMessage = TooLong)]
        public string? CompassionateResponse { get; set; }

        [Required(ErrorMessage = "Please rate how strongly you believe the thought now, from 0 to 100.")]
        [Range(0, 100, ErrorMessage = "Please use a number from 0 to 100.")]
        public int? BeliefAfter { get; set; }

        public List<int?> After { get; set; } = [];
    }

    public string? Attempted(string key, object? fallback) => ModelState.Attempted($"Input.{key}", fallback);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        EntryVersion = Entry.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        for (var i = 0; i < Entry.Emotions.Count; i++)
        {
            if (i >= Input.After.Count || Input.After[i] is null)
            {
                ModelState.TryAddModelError($"Input.After[{i}]", "Please rate this feeling again, from 0 to 100.");
            }
            else if (Input.After[i] is < 0 or > 100)
            {
                ModelState.TryAddModelError($"Input.After[{i}]", "Please use a number from 0 to 100.");
            }
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await journal.AddReframeAsync(OwnerId, id, new ReframeInput(
            Input.Acknowledgement, Input.CommonHumanity, Input.EvidenceFor, Input.EvidenceAgainst, Input.FriendView,
            Input.CompassionateResponse!, Input.BeliefAfter!.Value, Input.After.Select(a => a ?? -1).ToList()), EntryVersion, cancellationToken);
        switch (result.Status)
        {
            case JournalStatus.NotFound:
                return NotFound();
            case JournalStatus.Invalid:
                ModelState.AddJournalErrors(result.Errors, nameof(Input), ReframeFields);
                return Page();
            case JournalStatus.Conflict:
                EntryVersion = Entry.Version;
                ModelState.AddModelError(string.Empty,
                    "This entry was changed somewhere else (perhaps another tab) after you opened this page, so its feelings may be different now. " +
                    "Your words are still here. Please check the feelings below, then save again.");
                return Page();
            default:
                return Saved("Your reframe is saved. That took care and honesty.", $"/journal/{id}", result.CrisisNoticed, $"journal-reframe-{id}");
        }
    }

    private static readonly IReadOnlyDictionary<string, string> ReframeFields = new Dictionary<string, string>
    {
        ["EmotionsAfter"] = "After",
    };

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var entry = await journal.GetAsync(OwnerId, id, cancellationToken);
        if (entry is null)
        {
            return false;
        }
        Entry = entry;
        return true;
    }
}
