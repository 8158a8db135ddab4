using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Practice;

namespace SelfCompassion.Tests.Http.Practice;

/// <summary>The progress page's charts say what the numbers say, checked against sums worked out by hand.</summary>
public class ProgressTruthTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static EntryInput Feeling(string thought, params (string Key, int Strength)[] feelings) => new()
    {
        Thought = thought,
        Belief = 80,
        Feelings = feelings.ToDictionary(f => f.Key, f => (int?)f.Strength),
    };

    private static ReframeInput Answer(params int[] after) => new()
    {
        CompassionateResponse = "A kinder way to see it",
        BeliefAfter = 40,
        After = [.. after.Select(a => (int?)a)],
    };

    [Fact]
    public async Task The_strongest_feeling_is_the_highest_average_with_ties_named_together_and_moods_are_averaged_by_week()
    {
        var (client, owner) = await People.SignedInAsync(app);
        await using (var scope = People.ScopeFor(app, owner))
        {
            // Feelings keep the list's order (ashamed, anxious, sad), and so do their re-ratings. By hand: Ashamed 70 -> 30,
            // Sad 70 -> 50, Anxious (55 + 45) / 2 = 50 -> (40 + 35) / 2 = 37.5. Ashamed and Sad tie for strongest.
            var first = (await scope.Entries().CreateAsync(Feeling("One", ("ashamed", 70), ("anxious", 55)))).Id!.Value;
            await scope.Reframes().AddAsync(first, Answer(30, 40));
            var second = (await scope.Entries().CreateAsync(Feeling("Two", ("sad", 70), ("anxious", 45)))).Id!.Value;
            await scope.Reframes().AddAsync(second, Answer(35, 50));
            var practices = scope.ServiceProvider.GetRequiredService<PracticeSessions>();
            await practices.SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3, MoodBefore = 3, MoodAfter = 6 });
            await practices.SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3, MoodBefore = 5, MoodAfter = 7 });
        }

        var page = await HtmlPage.GetAsync(client, "/progress");
        var emotions = page.Document.QuerySelector("figure:has(#emotions-heading)")!;
        Assert.Equal("How strong each feeling was, before and after reframing", emotions.QuerySelector("h2")!.TextContent);
        Assert.Equal("Ashamed and Sad were equally strong on average, 70 before reframing; after, Ashamed 30, Sad 50.",
            emotions.QuerySelector("figcaption")!.TextContent);
        Assert.Equal([["Ashamed", "70", "30"], ["Sad", "70", "50"], ["Anxious", "50", "37.5"]],
            emotions.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()));
        Assert.Empty(emotions.QuerySelectorAll("polyline"));

        var moods = page.Document.QuerySelector("figure:has(#moods-heading)")!;
        Assert.Equal("Across 1 week, your mood averaged 4 before practices and 6.5 after, out of 10.", moods.QuerySelector("figcaption")!.TextContent);
        Assert.All(page.Document.QuerySelectorAll("figure.chart"), figure => Assert.NotNull(figure.QuerySelector("h2.chart-title")));
    }

    [Fact]
    public async Task All_time_past_a_year_is_drawn_by_month_with_each_months_average()
    {
        var (client, owner) = await People.SignedInAsync(app);
        await using (var scope = People.ScopeFor(app, owner))
        {
            // By hand: March 2025 has two reframes (80 -> 40 and 80 -> 60: 80 before, 50 after) and a practice; the
            // present month has one reframe (80 -> 40) and two practices.
            var practices = scope.ServiceProvider.GetRequiredService<PracticeSessions>();
            foreach (var (at, after) in new[] { (new DateTimeOffset(2025, 3, 3, 9, 0, 0, TimeSpan.Zero), 40), (new DateTimeOffset(2025, 3, 28, 9, 0, 0, TimeSpan.Zero), 60) })
            {
                app.Clock.Freeze(at);
                try
                {
                    var id = (await scope.Entries().CreateAsync(Feeling("Then", ("sad", 60)))).Id!.Value;
                    await scope.Reframes().AddAsync(id, Answer(30) with { BeliefAfter = after });
                }
                finally
                {
                    app.Clock.Thaw();
                }
            }
            app.Clock.Freeze(new DateTimeOffset(2025, 3, 10, 9, 0, 0, TimeSpan.Zero));
            try
            {
                await practices.SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3 });
            }
            finally
            {
                app.Clock.Thaw();
            }
            var now = (await scope.Entries().CreateAsync(Feeling("Now", ("sad", 60)))).Id!.Value;
            await scope.Reframes().AddAsync(now, Answer(30));
            await practices.SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3 });
            // A mood noted before but not after: no month has both, so the chart says what it shows in words.
            await practices.SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3, MoodBefore = 4 });
        }

        var page = await HtmlPage.GetAsync(client, "/progress?range=all");
        var belief = page.Document.QuerySelector("figure:has(#belief-heading)")!;
        Assert.Equal("Month", belief.QuerySelector("thead th")!.TextContent);
        var thisMonth = DateTime.UtcNow.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([["March 2025", "80", "50"], [thisMonth, "80", "40"]],
            belief.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()));
        Assert.Equal("Across 2 months with reframes, belief averaged 80 before and 45 after.", belief.QuerySelector("figcaption")!.TextContent);

        var practiced = page.Document.QuerySelector("figure:has(#practices-heading)")!;
        Assert.Equal("Practices each month", practiced.QuerySelector("h2")!.TextContent);
        Assert.Equal([["March 2025", "1"], [thisMonth, "2"]],
            practiced.QuerySelectorAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()));
        Assert.Equal("You made time for 3 practices across 2 months.", practiced.QuerySelector("figcaption")!.TextContent);

        var moods = page.Document.QuerySelector("figure:has(#moods-heading)")!;
        Assert.Equal("Your mood ratings around practices, month by month.", moods.QuerySelector("figcaption")!.TextContent);
    }
}
