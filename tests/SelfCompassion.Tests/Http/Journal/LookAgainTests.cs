using System.Net;

namespace SelfCompassion.Tests.Http.Journal;

/// <summary>The signed-in home offers what is waiting, gently: thoughts to answer, one to look at again, first steps.</summary>
public class LookAgainTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_first_time_home_shows_one_worked_example_and_the_single_next_step()
    {
        var (client, _) = await People.SignedInAsync(app);
        var home = await HtmlPage.GetAsync(client, "/");
        var first = home.Document.QuerySelector(".first-steps")!;
        Assert.Contains("It's made up, not yours", first.TextContent);
        Assert.Equal("/journal/new", Assert.Single(first.QuerySelectorAll("a.button")).GetAttribute("href"));
        Assert.Null(home.Document.QuerySelector(".waiting"));
    }

    [Fact]
    public async Task Thoughts_waiting_for_a_kind_answer_are_offered_newest_first_without_a_count()
    {
        var (client, _) = await People.SignedInAsync(app);
        var ids = new List<Guid>();
        foreach (var thought in new[] { "First harsh thought", "Second harsh thought", "Third harsh thought", "Fourth harsh thought" })
        {
            ids.Add(await JournalPages.CreateAsync(client, thought));
        }
        var home = await HtmlPage.GetAsync(client, "/");
        var waiting = home.Document.QuerySelectorAll(".waiting-list li");
        Assert.Equal(3, waiting.Length);
        Assert.Equal("Fourth harsh thought", waiting[0].QuerySelector("blockquote")!.TextContent);
        Assert.Equal($"/journal/{ids[3]}/reframe", waiting[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.DoesNotMatch(@"\d+ (thoughts|entries)", home.Document.QuerySelector(".waiting")!.TextContent);
        Assert.Null(home.Document.QuerySelector(".first-steps"));
    }

    [Fact]
    public async Task A_thought_answered_days_ago_is_offered_for_a_fresh_look_and_the_change_is_shown_on_the_entry_and_in_progress()
    {
        var (client, _) = await People.SignedInAsync(app);
        app.Clock.Freeze(DateTimeOffset.UtcNow.AddDays(-5));
        Guid id;
        try
        {
            id = await JournalPages.CreateAsync(client, "I always let everyone down", belief: 80);
            await (await JournalPages.ReframeFormAsync(client, id, beliefAfter: 40)).SubmitAsync(client);
        }
        finally
        {
            app.Clock.Thaw();
        }

        var home = await HtmlPage.GetAsync(client, "/");
        var offer = home.Document.QuerySelector("[aria-labelledby=look-again-title]")!;
        Assert.Contains("I always let everyone down", offer.TextContent);
        Assert.Contains("You believed it 80 out of 100 when you wrote it, and 40 after you answered it kindly.", offer.TextContent);

        var empty = await HtmlPage.ParseAsync(await home.Form(".look-again-form").SubmitAsync(client));
        Assert.Equal(HttpStatusCode.OK, empty.Status);
        Assert.Equal("Please say how much you believe it now, from 0 to 100.", empty.ErrorFor("Input.Belief"));

        var saved = await home.Form(".look-again-form").Set("Input.Belief", "30").SubmitAsync(client);
        Assert.Equal($"/journal/{id}", saved.Headers.Location!.OriginalString);
        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        Assert.Contains("You believed it 80 when you wrote it, 40 after your reframe, and 30 today.", entry.Document.QuerySelector(".notice")!.TextContent);
        Assert.Contains("you believed it 30 out of 100", entry.Document.QuerySelector(".later-looks")!.TextContent);

        Assert.Null((await HtmlPage.GetAsync(client, "/")).Document.QuerySelector("[aria-labelledby=look-again-title]"));
        Assert.Contains("You looked again at 1 thought", (await HtmlPage.GetAsync(client, "/progress")).Text);
    }

    [Fact]
    public async Task Of_several_thoughts_answered_days_ago_the_most_recently_answered_is_offered()
    {
        var (client, _) = await People.SignedInAsync(app);
        foreach (var (thought, daysAgo) in new[] { ("An older answered thought", 6), ("The newer answered thought", 4), ("A middle answered thought", 5) })
        {
            app.Clock.Freeze(DateTimeOffset.UtcNow.AddDays(-daysAgo));
            try
            {
                var id = await JournalPages.CreateAsync(client, thought, belief: 80);
                await (await JournalPages.ReframeFormAsync(client, id, beliefAfter: 40)).SubmitAsync(client);
            }
            finally
            {
                app.Clock.Thaw();
            }
        }

        var offer = (await HtmlPage.GetAsync(client, "/")).Document.QuerySelector("[aria-labelledby=look-again-title] blockquote")!;
        Assert.Equal("The newer answered thought", offer.TextContent);
    }

    [Fact]
    public async Task Home_sums_up_the_last_30_days_from_the_persons_own_reframes_only()
    {
        var (other, _) = await People.SignedInAsync(app);
        var theirs = await JournalPages.CreateAsync(other, "Someone else's harsh thought", belief: 90);
        await (await JournalPages.ReframeFormAsync(other, theirs, beliefAfter: 10)).SubmitAsync(other);

        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, "I never get anything right", belief: 70);
        await (await JournalPages.ReframeFormAsync(client, id, beliefAfter: 45)).SubmitAsync(client);

        var line = (await HtmlPage.GetAsync(client, "/")).Document.QuerySelector(".progress-line")!;
        Assert.Contains("reframing eased your belief in self-critical thoughts by 25 points on average.", line.TextContent);
    }

    [Fact]
    public async Task Another_persons_thought_cannot_be_looked_at_or_rated()
    {
        var (mine, _) = await People.SignedInAsync(app);
        var (theirs, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(theirs);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync($"/journal/{id}/look-again")).StatusCode);
        var myToken = (await JournalPages.NewEntryFormAsync(mine)).Token;
        var forged = await mine.PostAsync($"/journal/{id}/look-again",
            new FormUrlEncodedContent([new("Input.Belief", "10"), new("__RequestVerificationToken", myToken)]));
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Null((await HtmlPage.GetAsync(theirs, $"/journal/{id}")).Document.QuerySelector(".later-looks li"));
    }
}
