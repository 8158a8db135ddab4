using SelfCompassion.Accounts;
using SelfCompassion.Ownership;

namespace SelfCompassion.Journal;

/// <summary>
/// One logged self-critical thought. Its free text (thought, situation, feelings in the person's own words) is held
/// only as one sealed document (see <see cref="Entries.EntryText"/>); the plain text exists in memory while a
/// request handles it, never in the database.
/// </summary>
public class ThoughtEntry : IOwnedRecord, Search.ISearchableRecord
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public ApplicationUser? Owner { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public byte[] TextCipher { get; set; } = [];

    /// <summary>Keyed hashes of the words' beginnings, for search without decrypting (docs/adr/0009); null until indexed.</summary>
    public long[]? SearchTerms { get; set; }

    /// <summary>How strongly the thought was believed when it was written, 0 to 100.</summary>
    public int Belief { get; set; }

    /// <summary>Keys from <see cref="Journal.Patterns"/>; not free text, so filterable in the database.</summary>
    public List<string> Patterns { get; set; } = [];

    /// <summary>Keys of the named emotions felt, kept beside <see cref="Emotions"/> so the journal can filter by them.</summary>
    public List<string> EmotionKeys { get; set; } = [];

    public List<EntryEmotion> Emotions { get; set; } = [];

    public List<Reframe> Reframes { get; set; } = [];

    /// <summary>PostgreSQL's xmin: changes with every update, so a stale edit is caught instead of overwriting.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Made from the key the new-thought form carried and the words it sent (<see cref="Data.SaveKeys"/>): the same form sent
    /// again (a double press, the browser sending it again, a load balancer trying the other instance) is the same
    /// save, not a second entry.
    /// </summary>
    public Guid? SaveKey { get; set; }
}

/// <summary>An emotion felt with an entry: a named one (Key), or the person's own word (its name is in the entry's text).</summary>
public class EntryEmotion
{
    public long Id { get; set; }

    public Guid EntryId { get; set; }

    public int Position { get; set; }

    public string? Key { get; set; }

    public int Intensity { get; set; }
}

/// <summary>A compassionate reframe of an entry; an entry can gather several over time.</summary>
public class Reframe : IOwnedRecord, Search.ISearchableRecord
{
    public Guid Id { get; set; }

    public Guid EntryId { get; set; }

    public string OwnerId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The reframe's steps and the feelings' own words, sealed together (see <see cref="Reframes.ReframeText"/>).</summary>
    public byte[] TextCipher { get; set; } = [];

    /// <summary>Keyed hashes of the words' beginnings, for search without decrypting (docs/adr/0009); null until indexed.</summary>
    public long[]? SearchTerms { get; set; }

    public int BeliefBefore { get; set; }

    public int BeliefAfter { get; set; }

    public List<ReframeEmotion> Emotions { get; set; } = [];

    /// <summary>Made from the reframe form's key and words, as <see cref="ThoughtEntry.SaveKey"/>: sent again, it saves once.</summary>
    public Guid? SaveKey { get; set; }
}

/// <summary>An emotion re-rated in a reframe, with the rating it had before, so the change stays true if the entry is edited later.</summary>
public class ReframeEmotion
{
    public long Id { get; set; }

    public Guid ReframeId { get; set; }

    public int Position { get; set; }

    public string? Key { get; set; }

    public int Before { get; set; }

    public int After { get; set; }
}
