using System.ComponentModel.DataAnnotations;
using SelfCompassion.Journal;

namespace SelfCompassion.Web.Pages.Journal;

/// <summary>The entry form shared by the new and edit pages.</summary>
public class EntryForm
{
    [StringLength(JournalLimits.SituationMaxLength, ErrorMessage = "Please shorten the situation to 1,000 characters or fewer.")]
    public string? Situation { get; set; }

    [Required(ErrorMessage = "Please write the thought in a few words (up to 2,000 characters).")]
    [StringLength(JournalLimits.ThoughtMaxLength, ErrorMessage = "Please shorten the thought to 2,000 characters or fewer.")]
    public string? Thought { get; set; }

    /// <summary>Named feeling → intensity; a blank box means the feeling wasn't there.</summary>
    public Dictionary<string, int?> Feelings { get; set; } = [];

    public List<CustomFeeling> Custom { get; set; } = [];

    [Required(ErrorMessage = "Please rate how strongly you believe the thought, from 0 to 100.")]
    [Range(0, 100, ErrorMessage = "Please rate how strongly you believe the thought with a number from 0 to 100.")]
    public int? Belief { get; set; }

    public List<string> Patterns { get; set; } = [];

    public class CustomFeeling
    {
        [StringLength(Emotions.CustomNameMaxLength, ErrorMessage = "Please name the feeling in a word or two (up to 40 characters).")]
        public string? Name { get; set; }

        public int? Intensity { get; set; }
    }

    public EntryInput ToInput()
    {
        var emotions = Feelings
            .Where(f => f.Value is not null)
            .Select(f => new EmotionRating(f.Key, null, f.Value!.Value))
            .Concat(Custom
                .Where(c => !string.IsNullOrWhiteSpace(c.Name) || c.Intensity is not null)
                .Select(c => new EmotionRating(null, c.Name ?? "", c.Intensity ?? -1)))
            .ToList();
        return new EntryInput(Situation, Thought ?? "", emotions, Belief ?? -1, Patterns);
    }

    public static EntryForm From(EntryView entry) => new()
    {
        Situation = entry.Situation,
        Thought = entry.Thought,
        Belief = entry.Belief,
        Patterns = [.. entry.Patterns],
        Feelings = entry.Emotions.Where(e => e.Key is not null).ToDictionary(e => e.Key!, e => (int?)e.Intensity),
        Custom = entry.Emotions.Where(e => e.Key is null).Select(e => new CustomFeeling { Name = e.CustomName, Intensity = e.Intensity }).ToList(),
    };
}
