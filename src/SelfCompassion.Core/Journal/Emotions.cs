namespace SelfCompassion.Journal;

public sealed record EmotionOption(string Key, string Label);

/// <summary>The feelings offered by name; people can always type their own as well.</summary>
public static class Emotions
{
    public static IReadOnlyList<EmotionOption> All { get; } =
    [
        new("ashamed", "Ashamed"),
        new("anxious", "Anxious"),
        new("sad", "Sad"),
        new("angry", "Angry"),
        new("guilty", "Guilty"),
        new("lonely", "Lonely"),
        new("embarrassed", "Embarrassed"),
        new("frustrated", "Frustrated"),
        new("hurt", "Hurt"),
        new("hopeless", "Hopeless"),
        new("overwhelmed", "Overwhelmed"),
        new("disappointed", "Disappointed"),
    ];

    private static readonly Dictionary<string, EmotionOption> ByKey = All.ToDictionary(e => e.Key, StringComparer.Ordinal);

    public static bool IsKnown(string key) => ByKey.ContainsKey(key);

    public static string LabelFor(string key) => ByKey.TryGetValue(key, out var option) ? option.Label : key;
}
