using Bunit;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Tests.Components;

public class PasswordGuidanceTests : BunitContext
{
    [Fact]
    public void Guidance_states_the_length_limits_the_server_enforces()
    {
        var cut = Render<PasswordGuidance>(p => p.Add(c => c.Id, "password-help"));
        var text = cut.Find("p").TextContent;
        Assert.Contains("At least 12 characters", text);
        Assert.Contains("up to 128", text);
    }

    [Fact]
    public void Guidance_carries_the_id_its_field_points_to()
    {
        var cut = Render<PasswordGuidance>(p => p.Add(c => c.Id, "new-password-help"));
        Assert.Equal("new-password-help", cut.Find("p").Id);
    }

    [Fact]
    public void Guidance_asks_for_no_composition_rules()
    {
        var text = Render<PasswordGuidance>(p => p.Add(c => c.Id, "x")).Find("p").TextContent;
        Assert.DoesNotContain("uppercase", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No special symbols needed", text);
    }
}
