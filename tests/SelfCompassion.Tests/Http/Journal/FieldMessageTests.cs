namespace SelfCompassion.Tests.Http.Journal;

/// <summary>
/// A correction is read with its field: the field is marked invalid and names the message, so a screen reader says
/// what to change when the field is reached, not only where the message happens to sit.
/// </summary>
public class FieldMessageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static void AssertTiedToItsMessage(HtmlPage page, string name)
    {
        var field = page.Document.QuerySelector($"[name='{name}']")!;
        Assert.Equal("true", field.GetAttribute("aria-invalid"));
        var message = page.Document.QuerySelector($"[data-valmsg-for='{name}']")!;
        Assert.False(string.IsNullOrWhiteSpace(message.TextContent));
        Assert.Contains(message.Id!, (field.GetAttribute("aria-describedby") ?? "").Split(' '));
    }

    [Fact]
    public async Task A_reframe_step_too_long_names_its_message_and_keeps_its_help()
    {
        var (client, _) = await People.SignedInAsync(app);
        var id = await JournalPages.CreateAsync(client, "I always let everyone down");

        var form = await JournalPages.ReframeFormAsync(client, id);
        var page = await HtmlPage.ParseAsync(await form.Set("Input.Acknowledgement", new string('a', 2001)).SubmitAsync(client));

        AssertTiedToItsMessage(page, "Input.Acknowledgement");
        Assert.Contains("ack-help", page.Document.QuerySelector("[name='Input.Acknowledgement']")!.GetAttribute("aria-describedby")!);
        Assert.Null(page.Document.QuerySelector("[name='Input.FriendView']")!.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task A_safety_plan_part_too_long_names_its_message()
    {
        var (client, _) = await People.SignedInAsync(app);

        var form = await CarePages.PlanFormAsync(client);
        var page = await HtmlPage.ParseAsync(await form.WithPlan(new string('a', 2001)).SubmitAsync(client));

        AssertTiedToItsMessage(page, "Input.WarningSigns");
    }
}
