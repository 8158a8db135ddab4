using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Practice;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks;

/// <summary>Fills one person's history through the real services, so every row is encrypted as in use.</summary>
internal static class Seeder
{
    private static readonly DateTimeOffset Start = new(2024, 1, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Entries 1.7 hours apart, every fifth reframed; one in a hundred mentions "lighthouse", the search target.</summary>
    public static async Task JournalAsync(AppFactory app, string owner, int entries)
    {
        Console.WriteLine($"Seeding {entries:N0} encrypted entries (every fifth reframed)...");
        var words = new[] { "work", "mum", "friends", "dinner", "exam", "meeting", "gym", "text", "party", "call" };
        string[][] patterns = [["labelling"], ["comparing", "mind-reading"], ["should-statements"], []];
        try
        {
            for (var batch = 0; batch < entries / 500; batch++)
            {
                await using var scope = People.ScopeFor(app, owner);
                var (entryService, reframes, _) = scope.Journal();
                for (var i = batch * 500; i < (batch + 1) * 500; i++)
                {
                    app.Clock.Freeze(Start.AddHours(i * 1.7));
                    var thought = i % 100 == 7 ? $"I messed up at the lighthouse again ({i})" : $"I failed at the {words[i % words.Length]} again, as always ({i})";
                    var created = await entryService.CreateAsync(new EntryInput
                    {
                        Situation = "After a long day",
                        Thought = thought,
                        Feelings = new() { ["sad"] = 60, ["anxious"] = 40 },
                        Belief = 70,
                        Patterns = [.. patterns[i % patterns.Length]],
                    });
                    if (i % 5 == 0)
                    {
                        await reframes.AddAsync(created.Id!.Value, new ReframeInput
                        {
                            FriendView = "I'd tell a friend one bad day is not a pattern",
                            CompassionateResponse = "One hard moment doesn't define me",
                            BeliefAfter = 35,
                            After = [30, 20],
                        });
                    }
                }
            }
        }
        finally
        {
            app.Clock.Thaw();
        }
    }

    public static async Task PracticesAsync(AppFactory app, string owner, int practices)
    {
        Console.WriteLine($"Seeding {practices:N0} practices...");
        await using var scope = People.ScopeFor(app, owner);
        var service = scope.ServiceProvider.GetRequiredService<PracticeSessions>();
        try
        {
            for (var i = 0; i < practices; i++)
            {
                app.Clock.Freeze(DateTimeOffset.UtcNow.AddHours(-i * 30));
                await service.SaveAsync((PracticeKind)(i % 4), new PracticeInput { Minutes = 3, MoodBefore = 4, MoodAfter = 6, Texts = ["A kind word"] });
            }
        }
        finally
        {
            app.Clock.Thaw();
        }
    }
}
