using Microsoft.AspNetCore.Mvc.ModelBinding;
using SelfCompassion.Journal;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Helps pages hand components what the person typed (kept as typed) and the message for each field.</summary>
public static class FormState
{
    public static string? Attempted(this ModelStateDictionary state, string key, object? fallback) =>
        state.TryGetValue(key, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : fallback?.ToString();

    public static string? ErrorFor(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>Puts the service's messages beside the fields they name, under the form's prefix.</summary>
    public static void AddJournalErrors(this ModelStateDictionary state, IEnumerable<JournalError> errors, string prefix, IReadOnlyDictionary<string, string>? fieldNames = null)
    {
        foreach (var error in errors)
        {
            // "EmotionsAfter[2]" maps through its base name, keeping the index.
            var bracket = error.Field.IndexOf('[');
            var baseName = bracket < 0 ? error.Field : error.Field[..bracket];
            var field = fieldNames?.GetValueOrDefault(baseName) is { } mapped ? mapped + error.Field[baseName.Length..] : error.Field;
            state.AddModelError($"{prefix}.{field}", error.Message);
        }
    }
}
