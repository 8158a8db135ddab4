using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Journal;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Journal;

/// <summary>
/// The journal, newest first, 20 at a time. Filters are choices, never text, so plain GET links may carry them;
/// search words are the person's own, so they only travel in a POST body, never in the address.
/// </summary>
public class IndexModel(JournalService journal) : SignedInPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Pattern { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Emotion { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty]
    public string? Q { get; set; }

    public JournalPage Results { get; private set; } = new([], null);

    public bool HasAnyEntry { get; private set; }

    public string? FieldError(string key) => ModelState.ErrorFor(key);

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Q = null;
        return ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        var from = ParseDate(nameof(From).ToLowerInvariant(), From);
        var to = ParseDate(nameof(To).ToLowerInvariant(), To);
        if (Q?.Length > JournalLimits.SearchMaxLength)
        {
            ModelState.AddModelError("q", "Please search for up to 200 characters.");
        }
        // An unknown filter value (an old link, a typo) is dropped rather than treated as an error.
        Pattern = Pattern is not null && Patterns.IsKnown(Pattern) ? Pattern : null;
        Emotion = Emotion is not null && Emotions.IsKnown(Emotion) ? Emotion : null;

        HasAnyEntry = await journal.HasEntriesAsync(OwnerId, cancellationToken);
        if (!HasAnyEntry || !ModelState.IsValid)
        {
            return Page();
        }
        Results = await journal.ListAsync(OwnerId, new JournalQuery(Pattern, Emotion, from, to, Q, JournalCursor.Decode(After), Zone), cancellationToken);
        return Page();
    }

    private DateOnly? ParseDate(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        ModelState.AddModelError(field, "Please enter a date like 2026-03-01.");
        return null;
    }
}
