using System.Net;

namespace SelfCompassion.Tests.Support;

/// <summary>The forms of care: a letter, a safety plan, and the summary's choices, filled in the way a person would.</summary>
public static class CarePages
{
    public static async Task<HtmlForm> LetterFormAsync(HttpClient client, string letter)
    {
        var page = await HtmlPage.GetAsync(client, "/practice/letter");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Form().Set("Input.Texts[0]", letter);
    }

    public static async Task<HtmlForm> PlanFormAsync(HttpClient client)
    {
        var page = await HtmlPage.GetAsync(client, "/help/plan");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Form();
    }

    /// <summary>A plan's first parts, as someone might write them on a calm day.</summary>
    public static HtmlForm WithPlan(this HtmlForm form, string warningSigns = "I stop answering messages and stay in bed") => form
        .Set("Input.WarningSigns", warningSigns)
        .Set("Input.OnMyOwn", "A hot shower, the breathing practice, my playlist")
        .Set("Input.PeopleToAsk", "Priya: 07700 900123");

    /// <summary>The summary's address for these choices, as its GET form would build it.</summary>
    public static string SummaryUrl(string? from = null, string? to = null, int page = 1, params string[] leaveOut)
    {
        var query = new List<string>();
        if (from is not null)
        {
            query.Add($"Input.From={from}");
        }
        if (to is not null)
        {
            query.Add($"Input.To={to}");
        }
        foreach (var part in new[] { "Entries", "Patterns", "Belief", "CheckIns", "Practices" })
        {
            if (!leaveOut.Contains(part))
            {
                query.Add($"Input.{part}=true");
            }
            query.Add($"Input.{part}=false");
        }
        query.Add($"Input.Page={page}");
        return "/journal/summary?" + string.Join('&', query);
    }
}
