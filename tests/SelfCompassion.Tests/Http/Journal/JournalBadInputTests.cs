using System.Net;

namespace SelfCompassion.Tests.Http.Journal;

public class JournalBadInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<bool> HasEntriesAsync(AppFactory app, string owner)
    {
        await using var scope = People.ScopeFor(app, owner);
        return await scope.Entries().HasAnyAsync();
    }

    private async Task<(HtmlPage Page, string Owner)> SubmitNewAsync(Action<HtmlForm> spoil)
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = await JournalPages.NewEntryFormAsync(client, "Kept words of mine");
        spoil(form);
        return (await HtmlPage.ParseAsync(await form.SubmitAsync(client)), owner);
    }

    [Theory]
    [InlineData("Input.Thought", "", "Input.Thought", "Please write the thought in a few words (up to 2,000 characters).")]
    [InlineData("Input.Belief", "", "Input.Belief", "Please rate how strongly you believe the thought, from 0 to 100.")]
    [InlineData("Input.Belief", "101", "Input.Belief", "Please rate how strongly you believe the thought with a number from 0 to 100.")]
    [InlineData("Input.Belief", "-5", "Input.Belief", "Please rate how strongly you believe the thought with a number from 0 to 100.")]
    [InlineData("Input.Belief", "lots", "Input.Belief", "Please use a whole number from 0 to 100.")]
    [InlineData("Input.Feelings[sad]", "seventy", "Input.Feelings[sad]", "Please use a whole number from 0 to 100.")]
    [InlineData("Input.Feelings[sad]", "150", "Input.Feelings", "Please rate each feeling with a number from 0 to 100.")]
    public async Task A_bad_value_is_explained_beside_its_field_and_the_rest_is_kept(string field, string value, string errorField, string message)
    {
        var (page, owner) = await SubmitNewAsync(form => form.Set(field, value));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(message, page.ErrorFor(errorField));
        if (field != "Input.Thought")
        {
            Assert.Equal("Kept words of mine", page.Document.QuerySelector("textarea[name='Input.Thought']")?.TextContent);
        }
        Assert.Equal("After the phone call with my mum", page.Document.QuerySelector("textarea[name='Input.Situation']")?.TextContent);
        Assert.NotNull(page.Document.QuerySelector("input[name='Input.Patterns'][value='labelling'][checked]"));
        Assert.Equal(value, page.ValueOf(field));
        Assert.False(await HasEntriesAsync(app, owner));
    }

    [Fact]
    public async Task No_feeling_at_all_is_explained()
    {
        var (page, owner) = await SubmitNewAsync(form => form
            .Set("Input.Feelings[ashamed]", "").Set("Input.Feelings[sad]", "")
            .Set("Input.Custom[0].Name", "").Set("Input.Custom[0].Intensity", ""));
        Assert.Contains("Please rate at least one feeling", page.ErrorFor("Input.Feelings"));
        Assert.False(await HasEntriesAsync(app, owner));
    }

    [Fact]
    public async Task Unknown_pattern_and_feeling_ids_are_refused()
    {
        var (pattern, owner) = await SubmitNewAsync(form => form.Forge("Input.Patterns", "not-a-pattern"));
        Assert.Equal("Please choose patterns from the list.", pattern.ErrorFor("Input.Patterns"));

        var (feeling, owner2) = await SubmitNewAsync(form => form.Forge("Input.Feelings[made-up]", "40"));
        Assert.Equal("Please choose feelings from the list, or type your own.", feeling.ErrorFor("Input.Feelings"));
        Assert.False(await HasEntriesAsync(app, owner));
        Assert.False(await HasEntriesAsync(app, owner2));
    }

    [Fact]
    public async Task Over_long_fields_are_refused_with_the_limit()
    {
        var (page, owner) = await SubmitNewAsync(form => form
            .Set("Input.Thought", new string('t', 2_001))
            .Set("Input.Situation", new string('s', 1_001)));
        Assert.Equal("Please shorten the thought to 2,000 characters or fewer.", page.ErrorFor("Input.Thought"));
        Assert.Equal("Please shorten the situation to 1,000 characters or fewer.", page.ErrorFor("Input.Situation"));
        Assert.False(await HasEntriesAsync(app, owner));
    }

    [Fact]
    public async Task Markup_in_any_field_is_kept_and_shown_as_text()
    {
        var (client, _) = await People.SignedInAsync(app);
        const string script = "<script>alert('x')</script><b>bold</b>";
        var form = await JournalPages.NewEntryFormAsync(client, script);
        var response = await form.Set("Input.Custom[0].Name", "<i>x</i>").SubmitAsync(client);
        var id = response.Headers.Location!.OriginalString;

        var entry = await HtmlPage.GetAsync(client, id);
        Assert.Equal(script, entry.Document.QuerySelector("blockquote.thought")!.TextContent);
        Assert.Empty(entry.Document.QuerySelectorAll("main script, main b, main i"));
        Assert.Contains("<i>x</i>: 40", entry.Text);
    }

    [Fact]
    public async Task A_missing_compassionate_response_is_asked_for_and_the_other_steps_kept()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var form = await JournalPages.ReframeFormAsync(client, id);
        var page = await HtmlPage.ParseAsync(await form.Set("Input.CompassionateResponse", " ").Set("Input.After[1]", "").SubmitAsync(client));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("write a kinder, realistic way to see it", page.ErrorFor("Input.CompassionateResponse"));
        Assert.Equal("Please rate this feeling again, from 0 to 100.", page.ErrorFor("Input.After[1]"));
        Assert.Equal("I feel ashamed and sad", page.Document.QuerySelector("textarea[name='Input.Acknowledgement']")?.TextContent);
        Assert.Equal("40", page.ValueOf("Input.BeliefAfter"));
        await using var scope = People.ScopeFor(app, owner);
        Assert.Empty((await scope.Entries().GetAsync(id))!.Reframes);
    }

    [Fact]
    public async Task A_reframe_rating_outside_the_range_is_refused()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var page = await HtmlPage.ParseAsync(await (await JournalPages.ReframeFormAsync(client, id))
            .Set("Input.BeliefAfter", "250").Set("Input.After[0]", "-3").SubmitAsync(client));

        Assert.Equal("Please use a number from 0 to 100.", page.ErrorFor("Input.BeliefAfter"));
        Assert.Equal("Please use a number from 0 to 100.", page.ErrorFor("Input.After[0]"));
        await using var scope = People.ScopeFor(app, owner);
        Assert.Empty((await scope.Entries().GetAsync(id))!.Reframes);
    }

    [Theory]
    [InlineData("/journal/00000000-0000-0000-0000-000000000000")]
    [InlineData("/journal/not-a-guid")]
    [InlineData("/journal/00000000-0000-0000-0000-000000000000/reframe")]
    public async Task A_forged_id_gets_the_404_page_that_leads_back_to_the_journal(string url)
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, url);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.Contains("This entry isn't in your journal", page.Text);
        Assert.NotNull(page.Document.QuerySelector("main a[href='/journal']"));
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_gets_400_and_stores_nothing()
    {
        var (page, owner) = await SubmitNewAsync(form => form.Remove("__RequestVerificationToken"));
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(await HasEntriesAsync(app, owner));
    }

    [Fact]
    public async Task An_oversized_body_is_refused_and_stores_nothing()
    {
        var (page, owner) = await SubmitNewAsync(form => form.Set("Input.Thought", new string('x', 200_000)));
        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.False(await HasEntriesAsync(app, owner));
    }

    [Fact]
    public async Task Journal_pages_are_not_kept_by_the_browser_and_never_put_text_in_the_title()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, "Private words");
        var response = await client.GetAsync($"/journal/{id}");
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        var page = await HtmlPage.ParseAsync(response);
        Assert.DoesNotContain("Private", page.Document.Title);
    }
}
