using System.Net;

namespace SelfCompassion.Tests.Support;

/// <summary>The journal's forms, filled in the way a person would.</summary>
public static class JournalPages
{
    public static async Task<HtmlForm> NewEntryFormAsync(HttpClient client, string thought = "I always let everyone down", int belief = 80)
    {
        var page = await HtmlPage.GetAsync(client, "/journal/new");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Form()
            .Set("Input.Thought", thought)
            .Set("Input.Situation", "After the phone call with my mum")
            .Set("Input.Feelings[ashamed]", "70")
            .Set("Input.Feelings[sad]", "60")
            .Set("Input.Custom[0].Name", "small")
            .Set("Input.Custom[0].Intensity", "40")
            .Set("Input.Belief", belief.ToString())
            .Check("Input.Patterns", "overgeneralising")
            .Check("Input.Patterns", "labelling");
    }

    /// <summary>Creates an entry through the form and returns its id.</summary>
    public static async Task<Guid> CreateAsync(HttpClient client, string thought = "I always let everyone down", int belief = 80)
    {
        var response = await (await NewEntryFormAsync(client, thought, belief)).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return Guid.Parse(response.Headers.Location!.OriginalString["/journal/".Length..]);
    }

    public static async Task<HtmlForm> ReframeFormAsync(HttpClient client, Guid id, int beliefAfter = 40)
    {
        var page = await HtmlPage.GetAsync(client, $"/journal/{id}/reframe");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Form()
            .Set("Input.Acknowledgement", "I feel ashamed and sad")
            .Set("Input.CompassionateResponse", "One hard call doesn't undo how much I care")
            .Set("Input.BeliefAfter", beliefAfter.ToString())
            .Set("Input.After[0]", "30")
            .Set("Input.After[1]", "35")
            .Set("Input.After[2]", "20");
    }
}
