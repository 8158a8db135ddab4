using Bunit;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Tests.Components;

public class StatusMessageTests : BunitContext
{
    [Fact]
    public void A_message_is_announced_politely_to_screen_readers()
    {
        var cut = Render<StatusMessage>(p => p.Add(c => c.Message, "Your changes are saved."));
        var notice = cut.Find("[role=status]");
        Assert.Equal("Your changes are saved.", notice.TextContent);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void No_message_renders_nothing(string? message)
    {
        var cut = Render<StatusMessage>(p => p.Add(c => c.Message, message));
        Assert.Empty(cut.Markup.Trim());
    }

    [Fact]
    public void Markup_in_a_message_is_shown_as_text()
    {
        var cut = Render<StatusMessage>(p => p.Add(c => c.Message, "<script>alert(1)</script>"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Equal("<script>alert(1)</script>", cut.Find("[role=status]").TextContent);
    }
}
