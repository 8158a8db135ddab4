namespace SelfCompassion.Ownership;

/// <summary>Whose records this unit of work may see and change; null when nobody is signed in.</summary>
public interface ICurrentOwner
{
    string? Id { get; }
}

/// <summary>
/// Scoped: the web app sets it from the signed-in person at the start of each request, and tests and command-line
/// jobs set it directly. Once set it never changes within the scope, so no query can switch owners halfway.
/// </summary>
public sealed class CurrentOwner : ICurrentOwner
{
    public string? Id { get; private set; }

    public void Set(string id)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        if (Id is not null && Id != id)
        {
            throw new InvalidOperationException("The owner of this scope is already set.");
        }
        Id = id;
    }
}

public static class CurrentOwnerExtensions
{
    /// <summary>The owner's id for a write; with nobody signed in there is nothing to write to.</summary>
    public static string Required(this ICurrentOwner owner) =>
        owner.Id ?? throw new InvalidOperationException("No one is signed in, so there is no journal to change.");
}

/// <summary>A record that belongs to one person; the database context shows it only to that person.</summary>
public interface IOwnedRecord
{
    string OwnerId { get; }
}
