using System.ComponentModel.DataAnnotations;
using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

/// <summary>What every practice form asks: optional moods, the time taken, and any written steps.</summary>
public class PracticeForm
{
    private const string MoodMessage = "Please rate your mood from 0 to 10, or leave it blank.";

    [Range(0, 10, ErrorMessage = MoodMessage)]
    public int? MoodBefore { get; set; }

    [Range(0, 10, ErrorMessage = MoodMessage)]
    public int? MoodAfter { get; set; }

    [Required(ErrorMessage = "Please give the time you took in minutes, from 1 to 120.")]
    [Range(1, Practices.MaxMinutes, ErrorMessage = "Please give the time you took in minutes, from 1 to 120.")]
    public int? Minutes { get; set; }

    public List<string?> Texts { get; set; } = [];

    public string? Text(int index) => index < Texts.Count ? Texts[index] : null;
}
