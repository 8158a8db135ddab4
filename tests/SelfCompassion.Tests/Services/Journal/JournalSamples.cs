using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;

namespace SelfCompassion.Tests.Services.Journal;

internal static class JournalSamples
{
    public static EntryInput Entry(string thought = "I always mess everything up", int belief = 80) => new()
    {
        Situation = "At work, after the meeting ran late",
        Thought = thought,
        Feelings = new() { ["ashamed"] = 70 },
        Custom = [new OwnFeeling { Name = "small", Intensity = 55 }],
        Belief = belief,
        Patterns = ["overgeneralising", "labelling"],
    };

    /// <summary>The sample entry, feeling only these named feelings.</summary>
    public static EntryInput Feeling(this EntryInput entry, params (string Key, int Intensity)[] feelings) =>
        entry with { Feelings = feelings.ToDictionary(f => f.Key, f => (int?)f.Intensity), Custom = [] };

    public static ReframeInput Reframe(int beliefAfter = 40, string response = "One late meeting doesn't make me a failure; I'm learning.") => new()
    {
        Acknowledgement = "I feel ashamed and tired",
        CommonHumanity = "Anyone would feel rattled after a meeting like that",
        EvidenceFor = "The meeting did run over",
        EvidenceAgainst = "Most of my work this week went well",
        FriendView = "I'd tell a friend they're being far too hard on themselves",
        CompassionateResponse = response,
        BeliefAfter = beliefAfter,
        After = [30, 20],
    };
}
