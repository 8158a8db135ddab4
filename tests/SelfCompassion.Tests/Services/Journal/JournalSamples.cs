using SelfCompassion.Journal;

namespace SelfCompassion.Tests.Services.Journal;

internal static class JournalSamples
{
    public static EntryInput Entry(string thought = "I always mess everything up", int belief = 80) => new(
        "At work, after the meeting ran late",
        thought,
        [new EmotionRating("ashamed", null, 70), new EmotionRating(null, "small", 55)],
        belief,
        ["overgeneralising", "labelling"]);

    public static ReframeInput Reframe(int beliefAfter = 40, string response = "One late meeting doesn't make me a failure; I'm learning.") => new(
        "I feel ashamed and tired",
        "Anyone would feel rattled after a meeting like that",
        "The meeting did run over",
        "Most of my work this week went well",
        "I'd tell a friend they're being far too hard on themselves",
        response,
        beliefAfter,
        [30, 20]);
}
