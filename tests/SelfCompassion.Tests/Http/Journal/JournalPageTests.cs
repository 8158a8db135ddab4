using System.Net;

namespace SelfCompassion.Tests.Http.Journal;

public class JournalPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_journal_asks_a_stranger_to_sign_in()
    {
        foreach (var url in new[] { "/journal", "/journal/new", $"/journal/{Guid.NewGuid()}" })
        {
            var response = await app.CreateBrowserlikeClient().GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/login", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task An_empty_journal_invites_the_first_entry()
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, "/journal");
        Assert.Contains("Log your first thought", page.Text);
        Assert.NotNull(page.Document.QuerySelector("a[href='/journal/new']"));
    }

    [Fact]
    public async Task A_logged_thought_is_shown_on_its_page_and_in_the_journal()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, "I'm hopeless at keeping in touch");

        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        Assert.Equal("I'm hopeless at keeping in touch", entry.Document.QuerySelector("blockquote.thought")?.TextContent);
        Assert.Contains("Ashamed: 70", entry.Text);
        Assert.Contains("small: 40", entry.Text);
        Assert.Contains("Overgeneralising", entry.Text);
        Assert.Contains("Your thought is saved", entry.Text);
        Assert.Equal("Journal entry · SelfCompassion", entry.Document.Title);

        var journal = await HtmlPage.GetAsync(client, "/journal");
        var card = journal.Document.QuerySelector(".entry-card");
        Assert.Contains("I'm hopeless at keeping in touch", card!.TextContent);
        Assert.Contains("Labelling", card.TextContent);
    }

    [Fact]
    public async Task A_reframe_lowers_the_belief_shown_on_the_entry_and_its_card()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, belief: 80);

        var saved = await (await JournalPages.ReframeFormAsync(client, id, beliefAfter: 40)).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        var change = entry.Document.QuerySelector(".reframe .change")!.TextContent;
        Assert.Contains("80", change);
        Assert.Contains("40", change);
        Assert.Contains("eased by 40", change);
        Assert.Contains("One hard call doesn't undo how much I care", entry.Text);
        var card = (await HtmlPage.GetAsync(client, "/journal")).Document.QuerySelector(".entry-card .change")!.TextContent;
        Assert.Contains("eased by 40", card);
    }

    [Fact]
    public async Task An_edit_saves_and_a_stale_second_tab_gets_a_conflict_with_its_text_kept()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var firstTab = (await HtmlPage.GetAsync(client, $"/journal/{id}/edit")).Form();
        var secondTab = (await HtmlPage.GetAsync(client, $"/journal/{id}/edit")).Form();

        var saved = await firstTab.Set("Input.Thought", "Words from the first tab").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var conflict = await HtmlPage.ParseAsync(await secondTab.Set("Input.Thought", "Words from the second tab").SubmitAsync(client));

        Assert.Equal(HttpStatusCode.OK, conflict.Status);
        Assert.Contains("changed somewhere else", conflict.FormErrors());
        Assert.Equal("Words from the second tab", conflict.Document.QuerySelector("textarea[name='Input.Thought']")?.TextContent);
        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        Assert.Equal("Words from the first tab", entry.Document.QuerySelector("blockquote.thought")?.TextContent);
    }

    [Fact]
    public async Task Delete_asks_first_then_removes_the_entry_for_good()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        await (await JournalPages.ReframeFormAsync(client, id)).SubmitAsync(client);

        var confirm = await HtmlPage.GetAsync(client, $"/journal/{id}/delete");
        Assert.Contains("can't be undone", confirm.Text);
        Assert.Equal(HttpStatusCode.OK, (await HtmlPage.GetAsync(client, $"/journal/{id}")).Status);

        var deleted = await confirm.Form().SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Contains("The entry is deleted.", (await HtmlPage.GetAsync(client, "/journal")).Text);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/journal/{id}")).StatusCode);
    }

    [Fact]
    public async Task Another_persons_entry_is_not_found_for_view_edit_reframe_and_delete()
    {
        var (owner, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(owner);
        var (stranger, _) = await People.SignedInAsync(app);
        var ownForm = (await HtmlPage.GetAsync(stranger, "/journal/new")).Form();
        var token = ownForm.Token;

        foreach (var path in new[] { $"/journal/{id}", $"/journal/{id}/edit", $"/journal/{id}/reframe", $"/journal/{id}/delete" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(path)).StatusCode);
        }
        foreach (var path in new[] { $"/journal/{id}/edit", $"/journal/{id}/reframe", $"/journal/{id}/delete" })
        {
            var post = await stranger.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token,
                ["Input.Thought"] = "hijacked",
                ["Input.Belief"] = "1",
                ["Input.Feelings[sad]"] = "1",
                ["Input.CompassionateResponse"] = "hijacked",
                ["Input.BeliefAfter"] = "1",
                ["Input.After[0]"] = "1",
                ["Input.After[1]"] = "1",
                ["Input.After[2]"] = "1",
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        var still = await HtmlPage.GetAsync(owner, $"/journal/{id}");
        Assert.Equal("I always let everyone down", still.Document.QuerySelector("blockquote.thought")?.TextContent);
        Assert.Null(still.Document.QuerySelector(".reframe"));
    }

    [Fact]
    public async Task Saving_words_of_danger_succeeds_and_gently_offers_help()
    {
        var (client, _) = await People.SignedInAsync(app, "America/New_York");
        var id = await JournalPages.CreateAsync(client, "I don't want to be alive anymore");
        var entry = await HtmlPage.GetAsync(client, $"/journal/{id}");
        var panel = entry.Document.QuerySelector(".crisis-panel");
        Assert.NotNull(panel);
        Assert.NotNull(panel.QuerySelector("a[href='/help/plan']"));
        Assert.NotNull(panel.QuerySelector("a[href='tel:988']"));

        // The panel is for the moment after saving, not every later visit.
        Assert.Null((await HtmlPage.GetAsync(client, $"/journal/{id}")).Document.QuerySelector(".crisis-panel"));
    }

    [Fact]
    public async Task Twenty_entries_a_page_with_older_ones_one_click_away()
    {
        var (client, owner) = await People.SignedInAsync(app);
        await using (var scope = People.ScopeFor(app, owner))
        {
            for (var i = 0; i < 23; i++)
            {
                await scope.Entries().CreateAsync(Services.Journal.JournalSamples.Entry($"thought number {i}"));
            }
        }

        var first = await HtmlPage.GetAsync(client, "/journal");
        Assert.Equal(20, first.Document.QuerySelectorAll(".entry-card").Length);
        Assert.Contains("thought number 22", first.Document.QuerySelector(".entry-card")!.TextContent);

        var older = await HtmlPage.ParseAsync(await first.Form("form.more").SubmitAsync(client));
        Assert.Equal(3, older.Document.QuerySelectorAll(".entry-card").Length);
        Assert.Null(older.Document.QuerySelector("form.more"));
    }

    [Fact]
    public async Task Search_words_travel_in_the_body_never_in_the_address()
    {
        var (client, owner) = await People.SignedInAsync(app);
        await JournalPages.CreateAsync(client, "The garden party went badly");
        await JournalPages.CreateAsync(client, "Work was hard today");

        var journal = await HtmlPage.GetAsync(client, "/journal");
        var form = journal.Form("form.journal-filters");
        Assert.Equal("post", journal.Document.QuerySelector("form.journal-filters")!.GetAttribute("method"));
        var results = await HtmlPage.ParseAsync(await form.Set("q", "garden").SubmitAsync(client));

        var cards = results.Document.QuerySelectorAll(".entry-card");
        Assert.Single(cards);
        Assert.Contains("garden party", cards[0].TextContent);
        Assert.DoesNotContain("garden", results.Response.RequestMessage!.RequestUri!.ToString());
    }

    [Fact]
    public async Task Filters_by_pattern_and_feeling_narrow_the_journal()
    {
        var (client, _) = await People.SignedInAsync(app);
        await JournalPages.CreateAsync(client, "With patterns");
        var plain = await (await JournalPages.NewEntryFormAsync(client, "Without patterns")).Remove("Input.Patterns")
            .Set("Input.Feelings[ashamed]", "").Set("Input.Feelings[sad]", "").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, plain.StatusCode);

        var byPattern = await HtmlPage.GetAsync(client, "/journal?pattern=labelling");
        Assert.Single(byPattern.Document.QuerySelectorAll(".entry-card"));
        var byFeeling = await HtmlPage.GetAsync(client, "/journal?emotion=ashamed");
        Assert.Contains("With patterns", Assert.Single(byFeeling.Document.QuerySelectorAll(".entry-card")).TextContent);
        var badDate = await HtmlPage.GetAsync(client, "/journal?from=31-02-2026");
        Assert.Equal("Please enter a date like 2026-03-01.", badDate.ErrorFor("from"));
    }

    [Fact]
    public async Task A_reframe_opened_before_an_edit_elsewhere_is_not_saved_and_keeps_its_words()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var reframe = await JournalPages.ReframeFormAsync(client, id);
        var edit = (await HtmlPage.GetAsync(client, $"/journal/{id}/edit")).Form().Set("Input.Feelings[ashamed]", "").Remove("Input.Felt");
        Assert.Equal(HttpStatusCode.Redirect, (await edit.SubmitAsync(client)).StatusCode);

        var page = await HtmlPage.ParseAsync(await reframe.SubmitAsync(client));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("changed somewhere else", page.FormErrors());
        Assert.Equal("One hard call doesn't undo how much I care", page.Document.QuerySelector("textarea[name='Input.CompassionateResponse']")?.TextContent);
        // Its ratings were for the feelings as they were: the changed entry's feelings wait to be rated again.
        Assert.All(page.Document.QuerySelectorAll("input[name^='Input.After']"), rating => Assert.Equal("", rating.GetAttribute("value") ?? ""));
        Assert.Null((await HtmlPage.GetAsync(client, $"/journal/{id}")).Document.QuerySelector(".reframe"));
    }
}
