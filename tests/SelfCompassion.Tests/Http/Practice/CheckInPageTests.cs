using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Practice.CheckIns;

namespace SelfCompassion.Tests.Http.Practice;

public class CheckInPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static async Task<HtmlForm> AnsweredAsync(HttpClient client, int[] answers)
    {
        var form = (await HtmlPage.GetAsync(client, "/progress/check-in")).Form();
        for (var i = 0; i < answers.Length; i++)
        {
            form.Check($"Answers[{i}]", answers[i].ToString());
        }
        return form;
    }

    private async Task<CheckInPoint?> LatestAsync(string owner)
    {
        await using var scope = People.ScopeFor(app, owner);
        return await scope.ServiceProvider.GetRequiredService<CheckInLog>().LatestAsync();
    }

    [Fact]
    public async Task The_check_in_shows_the_twelve_items_their_scale_and_the_citation()
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, "/progress/check-in");
        Assert.Equal(12, page.Document.QuerySelectorAll("fieldset.scale-item").Length);
        Assert.Equal(60, page.Document.QuerySelectorAll("input[type=radio]").Length);
        Assert.Contains("Almost never", page.Text);
        Assert.Contains("Raes, F., Pommier, E., Neff, K. D., and Van Gucht, D. (2011)", page.Text);
    }

    [Fact]
    public async Task A_complete_check_in_is_scored_and_charted()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var saved = await (await AnsweredAsync(client, [1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2])).SubmitAsync(client);
        Assert.Equal("/progress", saved.Headers.Location!.OriginalString);

        var progress = await HtmlPage.GetAsync(client, "/progress");
        Assert.Contains("Today your answers come to 3.3 on the scale of 1 to 5", progress.Text);
        var rows = progress.Document.QuerySelectorAll("figure:has(#scs-title) tbody tr");
        Assert.Single(rows);
        Assert.Equal(3.25m, (await LatestAsync(owner))!.Score);
    }

    [Fact]
    public async Task Missing_and_out_of_range_answers_are_marked_and_nothing_is_stored()
    {
        var (client, owner) = await People.SignedInAsync(app);
        var form = await AnsweredAsync(client, [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]);
        form.Forge("Answers[10]", "7").Forge("Answers[11]", "lots");
        var page = await HtmlPage.ParseAsync(await form.SubmitAsync(client));

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("still need an answer", page.FormErrors());
        Assert.Equal("Please choose an answer from 1 (almost never) to 5 (almost always).", page.ErrorFor("Answers[10]"));
        Assert.Equal("Please choose an answer from 1 (almost never) to 5 (almost always).", page.ErrorFor("Answers[11]"));
        Assert.Equal("", page.ErrorFor("Answers[0]"));
        Assert.NotNull(page.Document.QuerySelector("#item-0-3[checked]"));
        Assert.Null(await LatestAsync(owner));
    }

    [Fact]
    public async Task Progress_starts_empty_and_kind()
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, "/progress?range=bogus");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("There's nothing to show for this time yet", page.Text);
        Assert.Equal("page", page.Document.QuerySelector(".range-nav a[href='/progress?range=30']")!.GetAttribute("aria-current"));
    }
}
