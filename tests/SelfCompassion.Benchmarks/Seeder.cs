using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Journal;
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
                var journal = scope.ServiceProvider.GetRequiredService<JournalService>();
                for (var i = batch * 500; i < (batch + 1) * 500; i++)
                {
                    app.Clock.Freeze(Start.AddHours(i * 1.7));
                    var thought = i % 100 == 7 ? $"I messed up at the lighthouse again ({i})" : $"I failed at the {words[i % words.Length]} again, as always ({i})";
                    var created = await journal.CreateAsync(owner, new EntryInput(
                        "After a long day", thought, [new EmotionRating("sad", null, 60), new EmotionRating("anxious", null, 40)], 70, patterns[i % patterns.Length]));
                    if (i % 5 == 0)
                    {
                        await journal.AddReframeAsync(owner, created.Id!.Value, new ReframeInput(null, null, null, null,
                            "I'd tell a friend one bad day is not a pattern", "One hard moment doesn't define me", 35, [30, 20]));
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
        var service = scope.ServiceProvider.GetRequiredService<PracticeService>();
        try
        {
            for (var i = 0; i < practices; i++)
            {
                app.Clock.Freeze(DateTimeOffset.UtcNow.AddHours(-i * 30));
                await service.SaveAsync(owner, new PracticeInput((PracticeKind)(i % 4), 180, 4, 6, ["A kind word"]));
            }
        }
        finally
        {
            app.Clock.Thaw();
        }
    }
}
