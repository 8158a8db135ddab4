namespace SelfCompassion.Web.Pages.Journal;

/// <summary>Where the service's field names live on the entry form.</summary>
internal static class EntryFields
{
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        ["Emotions"] = "Feelings",
    };
}
