using System.Globalization;
using System.Net;
using SelfCompassion.Common;

namespace SelfCompassion.Tests.Http.Care;

public class SummaryPageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_summary_starts_with_the_last_30_days_and_everything_included_ready_to_print()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, "I always let everyone down");
        await (await JournalPages.ReframeFormAsync(client, id, beliefAfter: 35)).SubmitAsync(client);

        var page = await HtmlPage.GetAsync(client, "/journal/summary");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(today.AddDays(-29).ToString("yyyy-MM-dd"), page.Document.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal(5, page.Document.QuerySelectorAll(".summary-choices input[type=checkbox][checked]").Length);
        Assert.NotNull(page.Document.QuerySelector(".summary-choices")!.Closest(".no-print"));

        var record = page.Document.QuerySelector(".summary-entry")!;
        Assert.Contains("I always let everyone down", record.TextContent);
        Assert.Contains("One hard call doesn't undo how much I care", record.TextContent);
        Assert.Contains("Belief after: 35 out of 100", record.TextContent);
        Assert.Contains("Belief in the thoughts I reframed: 80 out of 100 on average when written, 35 after my latest reframe", page.Text);
        Assert.Contains("Overgeneralising", page.Document.QuerySelector("#patterns-title")!.ParentElement!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.Document.QuerySelector("button[data-print]"));
    }

    [Fact]
    public async Task Leaving_parts_out_leaves_them_out()
    {
        var (client, _) = await People.SignedInAsync(app);
        await JournalPages.CreateAsync(client, "I always let everyone down");
        var page = await HtmlPage.GetAsync(client, CarePages.SummaryUrl(leaveOut: ["Entries", "Patterns"]));
        Assert.Null(page.Document.QuerySelector(".summary-entry"));
        Assert.Null(page.Document.QuerySelector("#patterns-title"));
        Assert.NotNull(page.Document.QuerySelector("#checkins-title"));
        Assert.Null(page.Document.QuerySelector("#include-Entries[checked]"));
    }

    [Fact]
    public async Task Each_record_keeps_to_the_choices_and_tells_its_times_in_the_persons_zone()
    {
        var (client, _) = await People.SignedInAsync(app, "Asia/Seoul");
        var id = await JournalPages.CreateAsync(client, "I always let everyone down");
        await (await JournalPages.ReframeFormAsync(client, id, beliefAfter: 35)).SubmitAsync(client);

        var page = await HtmlPage.GetAsync(client, CarePages.SummaryUrl(leaveOut: ["Belief", "Patterns"]));
        var record = page.Document.QuerySelector(".summary-entry")!;
        Assert.DoesNotContain("Belief", record.TextContent);
        Assert.DoesNotContain("Patterns:", record.TextContent);
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var times = record.QuerySelectorAll("time");
        Assert.Equal(2, times.Length);
        Assert.All(times, time => Assert.Equal(LocalTime.Describe(DateTimeOffset.Parse(time.GetAttribute("datetime")!, CultureInfo.InvariantCulture), seoul), time.TextContent));
    }

    [Theory]
    [InlineData("2026-05-20", "2026-05-01", "Input.From", "The start date is after the end date")]
    [InlineData("soon", null, "Input.From", "Please enter a date like 2026-03-01.")]
    [InlineData(null, "2026-13-01", "Input.To", "Please enter a date like 2026-03-01.")]
    public async Task A_range_that_cannot_be_used_is_explained_beside_the_field(string? from, string? to, string field, string message)
    {
        var (client, _) = await People.SignedInAsync(app);
        var page = await HtmlPage.GetAsync(client, CarePages.SummaryUrl(from, to));
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(message, page.ErrorFor(field));
        Assert.Null(page.Document.QuerySelector(".summary-doc"));
        Assert.Equal(from, page.Document.QuerySelector("#from")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Choosing_nothing_and_forged_values_are_handled_calmly()
    {
        var (client, _) = await People.SignedInAsync(app);
        var none = await HtmlPage.GetAsync(client, CarePages.SummaryUrl(leaveOut: ["Entries", "Patterns", "Belief", "CheckIns", "Practices"]));
        Assert.Equal("Please choose at least one thing to include.", none.ErrorFor("Input.Entries"));

        var forged = await HtmlPage.GetAsync(client, "/journal/summary?Input.Page=-4&Input.Entries=maybe&Input.From=0001-01-01");
        Assert.Equal(HttpStatusCode.OK, forged.Status);
        Assert.Contains("Please enter a date like 2026-03-01.", forged.ErrorFor("Input.From"));
    }

    [Fact]
    public async Task An_end_date_far_in_the_future_means_up_to_today()
    {
        var (client, _) = await People.SignedInAsync(app);
        await JournalPages.CreateAsync(client, "I always let everyone down");

        var page = await HtmlPage.GetAsync(client, "/journal/summary?Input.To=9999-12-31");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("I always let everyone down", page.Document.QuerySelector(".summary-entry")!.TextContent);
        var future = await HtmlPage.GetAsync(client, "/journal/summary?Input.From=9999-12-01&Input.To=9999-12-31");
        Assert.Equal("The start date is after today. Please choose a day up to today.", future.ErrorFor("Input.From"));
    }

    [Fact]
    public async Task An_address_with_something_else_in_its_query_still_shows_the_summary()
    {
        // The page's own route value ("page") once bound to the request's Page number when the query held no Input
        // value: the summary disappeared behind an error nobody could see, and every first visit threw on the way.
        var (client, _) = await People.SignedInAsync(app);
        await JournalPages.CreateAsync(client, "I always let everyone down");
        var page = await HtmlPage.GetAsync(client, "/journal/summary?source=calendar");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("I always let everyone down", page.Document.QuerySelector(".summary-entry")!.TextContent);
    }

    [Fact]
    public async Task Another_persons_entries_never_appear_and_strangers_are_asked_to_sign_in()
    {
        var (mine, _) = await People.SignedInAsync(app);
        var (theirs, _) = await People.SignedInAsync(app);
        await JournalPages.CreateAsync(theirs, "Their private thought");
        Assert.DoesNotContain("Their private thought", (await HtmlPage.GetAsync(mine, CarePages.SummaryUrl("2000-01-01"))).Text);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowserlikeClient().GetAsync("/journal/summary")).StatusCode);
    }
}
