using System.Net;

namespace SelfCompassion.Tests.Http;

/// <summary>A field's limit counts characters as a person sees them, in any script: text within it is kept, whatever its alphabet.</summary>
public class ScriptLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    [Theory]
    [InlineData("한", 1_900)]
    [InlineData("难", 2_000)]
    [InlineData("👩🏽‍🦱", 2_000)]
    [InlineData("e\u0301", 2_000)]
    public async Task A_thought_up_to_its_limit_is_saved_in_any_script(string character, int count)
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = await JournalPages.NewEntryFormAsync(client, Repeat(character, count));
        var response = await form.SubmitAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var entry = await HtmlPage.GetAsync(client, response.Headers.Location!.OriginalString);
        Assert.Equal(Repeat(character, count), entry.Document.QuerySelector("blockquote.thought")!.TextContent);
    }

    [Fact]
    public async Task One_person_seen_character_over_the_limit_is_refused_by_the_limit_not_an_error_page()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = await JournalPages.NewEntryFormAsync(client, Repeat("👍🏿", 2_001));
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please shorten the thought to 2,000 characters or fewer.", page.ErrorFor("Input.Thought"));
    }

    [Fact]
    public async Task A_long_letter_in_cyrillic_is_saved()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = (await HtmlPage.GetAsync(client, "/practice/letter")).Form()
            .Set("Input.Texts[0]", Repeat("Дорогая я, ", 600)[..6_000])
            .Set("Input.Minutes", "15");
        var response = await form.SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Five_long_practice_steps_in_chinese_are_saved()
    {
        var (client, _) = await People.SignedInAsync(app);
        var form = (await HtmlPage.GetAsync(client, "/practice/friend")).Form().Set("Input.Minutes", "10");
        for (var i = 0; i < 5; i++)
        {
            form.Set($"Input.Texts[{i}]", Repeat("慈", 5_000));
        }
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
    }

    [Fact]
    public async Task A_long_reply_in_korean_is_held_for_moderation()
    {
        var client = app.CreateBrowserlikeClient();
        var form = (await HtmlPage.GetAsync(client, "/guide/the-friend-test/reply")).Form()
            .Set("Input.Name", "지민").Set("Input.Email", $"reader-{Guid.NewGuid():N}@example.test").Set("Input.Text", Repeat("고마워요 ", 400));
        Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
    }
}
