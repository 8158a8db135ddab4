using System.Net;

namespace SelfCompassion.Tests.Http.Journal;

/// <summary>The quick capture form without JavaScript: plain checkboxes and number boxes, labelled, sending the same data.</summary>
public class QuickCaptureFormTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HtmlForm> FormAsync(HttpClient client) =>
        (await HtmlPage.GetAsync(client, "/journal/new")).Form()
            .Set("Input.Thought", "I'm a burden at work")
            .Set("Input.Belief", "70");

    [Fact]
    public async Task The_form_opens_with_the_thought_feelings_and_belief_and_keeps_the_rest_folded()
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, "/journal/new");
        var form = page.Document.QuerySelector("main form")!;
        Assert.Equal(13, form.QuerySelectorAll(".feelings input[type=checkbox]").Length);
        Assert.Equal(12, form.QuerySelectorAll(".feelings input[type=number][name^='Input.Feelings[']").Length);
        Assert.All(form.QuerySelectorAll("input:not([type=hidden]), textarea"), field =>
            Assert.NotNull(page.Document.QuerySelector($"label[for='{field.Id}']")));
        var more = form.QuerySelector("details.more")!;
        Assert.False(more.HasAttribute("open"));
        Assert.NotNull(more.QuerySelector("#Input_Situation"));
        Assert.NotNull(more.QuerySelector("#Input_Notes"));
        Assert.NotNull(more.QuerySelector("#pattern-labelling"));
        Assert.Null(more.QuerySelector("#Input_Thought"));
    }

    [Fact]
    public async Task A_chip_ticked_with_its_strength_is_saved_and_notes_are_kept_with_the_entry()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = (await FormAsync(client)).Check("Input.Felt", "anxious").Set("Input.Feelings[anxious]", "80").Set("Input.Notes", "Talk to Sam about it");
        var saved = await form.SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var entry = await HtmlPage.GetAsync(client, saved.Headers.Location!.OriginalString);
        Assert.Contains("Anxious: 80", entry.Text);
        Assert.Contains("Talk to Sam about it", entry.Text);
    }

    [Fact]
    public async Task A_chip_ticked_without_a_strength_is_asked_about_beside_it_and_nothing_is_stored()
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.ParseAsync(await (await FormAsync(client)).Check("Input.Felt", "lonely").Set("Input.Situation", "Lunch alone").SubmitAsync(client));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please say how strong this was, from 0 to 100.", page.ErrorFor("Input.Feelings[lonely]"));
        Assert.True(page.Document.QuerySelector("#felt-lonely")!.HasAttribute("checked"));
        Assert.True(page.Document.QuerySelector("details.more")!.HasAttribute("open"));
        Assert.Equal("Lunch alone", page.Document.QuerySelector("#Input_Situation")!.TextContent);
        Assert.Contains("Log your first thought", (await HtmlPage.GetAsync(client, "/journal")).Text);
    }

    [Fact]
    public async Task Editing_opens_with_the_feelings_ticked_and_the_extra_parts_unfolded()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client);
        var edit = await HtmlPage.GetAsync(client, $"/journal/{id}/edit");
        Assert.True(edit.Document.QuerySelector("#felt-ashamed")!.HasAttribute("checked"));
        Assert.Equal("70", edit.Document.QuerySelector("#feeling-ashamed")!.GetAttribute("value"));
        Assert.True(edit.Document.QuerySelector("#felt-own")!.HasAttribute("checked"));
        Assert.True(edit.Document.QuerySelector("details.more")!.HasAttribute("open"));
    }
}
