namespace SelfCompassion.Common;

public enum OutcomeStatus
{
    Done,
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>A message for one field of a form, named as the form names it ("Thought", "After[2]"); empty for the whole form.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// What every use case answers: done (with the record's id), invalid (with a message per field), not found, or a
/// conflict. CrisisNoticed asks the page that follows to offer help first, gently: the next one after a save, or the form
/// itself when it comes back for a correction or with a conflict, since the words may never be saved.
/// </summary>
public record Outcome(OutcomeStatus Status, Guid? Id = null, IReadOnlyList<FieldError>? Errors = null, bool CrisisNoticed = false)
{
    public static readonly Outcome NotFound = new(OutcomeStatus.NotFound);

    public static readonly Outcome Conflict = new(OutcomeStatus.Conflict);

    public IReadOnlyList<FieldError> Errors { get; init; } = Errors ?? [];

    public bool Succeeded => Status == OutcomeStatus.Done;

    public static Outcome Done(Guid? id = null, bool crisisNoticed = false) => new(OutcomeStatus.Done, id, CrisisNoticed: crisisNoticed);

    public static Outcome Invalid(IReadOnlyList<FieldError> errors, bool crisisNoticed = false) =>
        new(OutcomeStatus.Invalid, Errors: errors, CrisisNoticed: crisisNoticed);

    public static Outcome Conflicted(bool crisisNoticed) => crisisNoticed ? Conflict with { CrisisNoticed = true } : Conflict;
}

/// <summary>An outcome that also carries what the use case produced (a score, a page of results).</summary>
public sealed record Outcome<T>(OutcomeStatus Status, T? Value = default, Guid? Id = null, IReadOnlyList<FieldError>? Errors = null, bool CrisisNoticed = false)
    : Outcome(Status, Id, Errors, CrisisNoticed)
{
    public static Outcome<T> Done(T value, Guid? id = null, bool crisisNoticed = false) => new(OutcomeStatus.Done, value, id, CrisisNoticed: crisisNoticed);

    public static new Outcome<T> Invalid(IReadOnlyList<FieldError> errors, bool crisisNoticed = false) =>
        new(OutcomeStatus.Invalid, Errors: errors, CrisisNoticed: crisisNoticed);
}
