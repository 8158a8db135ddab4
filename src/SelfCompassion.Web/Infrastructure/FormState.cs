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

    /// <summary>The id of the message beside a field, by the field's name ("Input.Texts[0]" → "Input_Texts_0_-error").</summary>
    public static string ErrorId(string key) =>
        string.Concat(key.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')) + "-error";

    /// <summary>
    /// A field's aria-describedby: its help, then its message when it has one, so a screen reader reads the correction
    /// with the field (null when there is neither).
    /// </summary>
    public static string? DescribedBy(this ModelStateDictionary state, string key, string? help = null) =>
        state.ErrorFor(key) is null ? help : string.Join(' ', new[] { help, ErrorId(key) }.OfType<string>());

    /// <summary>A field's aria-invalid: "true" while it has a message, otherwise absent.</summary>
    public static string? Invalid(this ModelStateDictionary state, string key) => state.ErrorFor(key) is null ? null : "true";

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
