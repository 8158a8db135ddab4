using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Common;
using SelfCompassion.Journal;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.LookAgain;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Practice;
using SelfCompassion.Practice.CheckIns;

namespace SelfCompassion.Portability;

/// <summary>
/// An imported record is checked by the same rules as one written in the app: each becomes its use case's input and
/// that input's own validator decides. The first problem is named by the record it is in.
/// </summary>
internal static class ImportRules
{
    public static EntryInput EntryInputOf(ExportEntry entry) => new()
    {
        Thought = entry.Thought,
        Situation = entry.Situation,
        Notes = entry.Notes,
        Belief = entry.Belief,
        Patterns = [.. entry.Patterns],
        Feelings = entry.Feelings.Where(f => f.Key is not null).GroupBy(f => f.Key!).ToDictionary(g => g.Key, g => (int?)g.First().Intensity),
        Custom = entry.Feelings.Where(f => f.Key is null).Select(f => new OwnFeeling { Name = f.Name, Intensity = f.Intensity }).ToList(),
    };

    public static ReframeInput ReframeInputOf(ExportReframe reframe) => new()
    {
        Acknowledgement = reframe.Acknowledgement,
        CommonHumanity = reframe.CommonHumanity,
        EvidenceFor = reframe.EvidenceFor,
        EvidenceAgainst = reframe.EvidenceAgainst,
        FriendView = reframe.FriendView,
        CompassionateResponse = reframe.CompassionateResponse,
        BeliefAfter = reframe.BeliefAfter,
        After = [.. reframe.Feelings.Select(f => (int?)f.After)],
    };

    public static PracticeInput PracticeInputOf(ExportPractice practice) => new()
    {
        Minutes = practice.DurationSeconds % 60 == 0 ? practice.DurationSeconds / 60 : null,
        MoodBefore = practice.MoodBefore,
        MoodAfter = practice.MoodAfter,
        Texts = [.. practice.Texts],
    };

    public static CheckInInput CheckInInputOf(ExportCheckIn checkIn) =>
        new(checkIn.Answers.Select((a, i) => (i, a)).ToDictionary(x => x.i, x => (string?)x.a.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The first thing in the file the app's rules refuse, in words the person can act on; null when all is well.</summary>
    public static string? FirstProblem(ExportDocument document, DateTimeOffset now)
    {
        if (ImportShape.FirstProblem(document, now) is { } shape)
        {
            return shape;
        }
        var number = 0;
        foreach (var entry in document.Entries)
        {
            number++;
            if (Problem(EntryInputOf(entry).Check()) is { } problem)
            {
                return $"Thought record {number} (from {Day(entry.CreatedAt)}) can't be brought in: {problem}";
            }
            var feelings = EntryInputOf(entry).Emotions().Count;
            foreach (var reframe in entry.Reframes)
            {
                var reframeProblem = reframe.Feelings.Count != feelings
                    ? "its feelings don't match the thought record's."
                    : Problem(ReframeInputOf(reframe).Check(feelings));
                if (reframeProblem is not null)
                {
                    return $"A reframe of thought record {number} can't be brought in: {reframeProblem}";
                }
            }
            if ((entry.LaterLooks ?? []).Select(l => Problem(new FollowUpInput { Belief = l.Belief }.Check())).FirstOrDefault(p => p is not null) is { } lookProblem)
            {
                return $"A later look at thought record {number} can't be brought in: {lookProblem}";
            }
        }
        number = 0;
        foreach (var practice in document.Practices)
        {
            number++;
            var kind = Practices.All.FirstOrDefault(p => p.Slug == practice.Kind);
            if (kind is null)
            {
                return $"Practice {number} is of a kind this app doesn't know ({practice.Kind}).";
            }
            if (Problem(PracticeInputOf(practice).Check(kind.Kind)) is { } problem)
            {
                return $"Practice {number} (from {Day(practice.CompletedAt)}) can't be brought in: {problem}";
            }
        }
        number = 0;
        foreach (var checkIn in document.CheckIns)
        {
            number++;
            if (checkIn.Answers.Count != SelfCompassionScale.Items.Count || CheckInInputOf(checkIn).Check().Count > 0)
            {
                return $"Check-in {number} (from {Day(checkIn.TakenAt)}) needs twelve answers from 1 to 5.";
            }
        }
        return document.SafetyPlan is { } plan && Problem(SafetyPlanInput.From(plan).Check()) is { } planProblem
            ? $"The safety plan can't be brought in: {planProblem}"
            : null;
    }

    private static string? Problem(IReadOnlyList<FieldError> errors) => errors.Count == 0 ? null : errors[0].Message;

    private static string Day(DateTimeOffset at) => LocalTime.Describe(DateOnly.FromDateTime(at.UtcDateTime));
}
