
namespace SelfCompassion.Portability;

/// <summary>
/// What a file must hold before the app's own rules can judge its records: every part present, every date one the app
/// can use, every number it keeps beside the words within its range. A file edited by hand (or by another program)
/// could otherwise reach the database with a part missing or a date in year 9999 (the home page then failed on every
/// visit), or a belief of 5000.
/// </summary>
internal static class ImportShape
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static string? FirstProblem(ExportDocument document, DateTimeOffset now)
    {
        if (document.Entries is null || document.Practices is null || document.CheckIns is null
            || document.Entries.Any(e => e is null) || document.Practices.Any(p => p is null) || document.CheckIns.Any(c => c is null))
        {
            return Missing("its list of thought records, practices or check-ins");
        }
        bool Usable(DateTimeOffset at) => at >= Earliest && at <= now.AddDays(1);
        var number = 0;
        foreach (var entry in document.Entries)
        {
            number++;
            if (entry.Thought is null || entry.Patterns is null || entry.Feelings is null || entry.Reframes is null
                || entry.Patterns.Any(p => p is null) || entry.Feelings.Any(f => f is null || f.Name is null)
                || entry.Reframes.Any(r => r is null || r.Feelings is null || r.Feelings.Any(f => f is null || f.Name is null))
                || (entry.LaterLooks?.Any(l => l is null) ?? false))
            {
                return Missing($"part of thought record {number}");
            }
            if (!Usable(entry.CreatedAt) || !Usable(entry.UpdatedAt) || entry.Reframes.Any(r => !Usable(r.CreatedAt))
                || (entry.LaterLooks?.Any(l => !Usable(l.RatedAt)) ?? false))
            {
                return Dated($"Thought record {number}");
            }
            // A feeling is named by its key, or, for one's own word, by the word itself.
            var felt = entry.Feelings.Select(Felt).ToHashSet();
            if (entry.Reframes.Any(r => r.BeliefBefore is < 0 or > 100 || r.Feelings.Any(f => f.Before is < 0 or > 100 || !felt.Contains(Felt(f)))))
            {
                return $"A reframe of thought record {number} can't be brought in: its ratings before don't match the thought record's.";
            }
        }
        number = 0;
        foreach (var practice in document.Practices)
        {
            number++;
            if (practice.Kind is null || practice.Texts is null)
            {
                return Missing($"part of practice {number}");
            }
            if (!Usable(practice.CompletedAt) || (practice.RereadAt is { } reread && !Usable(reread)))
            {
                return Dated($"Practice {number}");
            }
        }
        number = 0;
        foreach (var checkIn in document.CheckIns)
        {
            number++;
            if (checkIn.Answers is null)
            {
                return Missing($"part of check-in {number}");
            }
            if (!Usable(checkIn.TakenAt))
            {
                return Dated($"Check-in {number}");
            }
        }
        return document.SafetyPlan is { } plan && !Usable(plan.UpdatedAt) ? Dated("The safety plan") : null;
    }

    private static string Felt(ExportFeeling feeling) => feeling.Key ?? "own:" + feeling.Name;

    private static string Felt(ExportFeelingChange feeling) => feeling.Key ?? "own:" + feeling.Name;

    private static string Missing(string what) =>
        $"This file is missing {what}, so it can't be brought in. Please choose the file just as you downloaded it from Your data.";

    private static string Dated(string what) =>
        $"{what} has a date this app can't use (before 2000, or still to come), so the file can't be brought in. Please choose the file just as you downloaded it from Your data.";
}
