namespace SelfCompassion.Common;

/// <summary>
/// Collects what is wrong with one form's input. Each use case's validator is written with it once, in the app's
/// voice, and names each message by the form field it belongs to.
/// </summary>
public sealed class Rules
{
    private readonly List<FieldError> _errors = [];

    public IReadOnlyList<FieldError> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public bool Has(string field) => _errors.Exists(e => e.Field == field);

    public Rules Add(string field, string message)
    {
        if (!Has(field))
        {
            _errors.Add(new FieldError(field, message));
        }
        return this;
    }

    /// <summary>Text that may be left out but has a limit, counted as a person counts characters.</summary>
    public Rules Text(string field, string? text, int maxCharacters, string tooLong) =>
        Characters.Count(text) > maxCharacters ? Add(field, tooLong) : this;

    /// <summary>Text that must be there, within a limit.</summary>
    public Rules RequiredText(string field, string? text, int maxCharacters, string missing, string tooLong) =>
        string.IsNullOrWhiteSpace(text) ? Add(field, missing) : Text(field, text, maxCharacters, tooLong);

    /// <summary>A whole number in a range, which may be left out when <paramref name="missing"/> is null.</summary>
    public Rules Number(string field, int? value, int min, int max, string? missing, string outOfRange)
    {
        if (value is null)
        {
            return missing is null ? this : Add(field, missing);
        }
        return value < min || value > max ? Add(field, outOfRange) : this;
    }

    public Rules When(bool wrong, string field, string message) => wrong ? Add(field, message) : this;

    public Outcome ToOutcome() => Outcome.Invalid(_errors);
}
