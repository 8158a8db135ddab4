using Microsoft.AspNetCore.Mvc.ModelBinding;
using SelfCompassion.Common;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Helps pages hand components what the person typed (kept as typed) and the message for each field.</summary>
public static class FormState
{
    public static string? Attempted(this ModelStateDictionary state, string key, object? fallback) =>
        state.TryGetValue(key, out var entry) && entry.AttemptedValue is not null ? entry.AttemptedValue : fallback?.ToString();

    public static string? ErrorFor(this ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) ? entry.Errors.FirstOrDefault()?.ErrorMessage : null;

    /// <summary>Puts Core's messages beside the fields they name (already the form's own names), under the form's prefix.</summary>
    public static void AddErrors(this ModelStateDictionary state, IEnumerable<FieldError> errors, string prefix = "")
    {
        foreach (var error in errors)
        {
            var key = error.Field.Length == 0 || prefix.Length == 0 ? error.Field : $"{prefix}.{error.Field}";
            state.AddModelError(key, error.Message);
        }
    }
}
