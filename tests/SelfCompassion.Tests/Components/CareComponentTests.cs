using Bunit;
using SelfCompassion.Care;
using SelfCompassion.Care.SafetyPlans;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Tests.Components;

public class CrisisPanelTests : BunitContext
{
    [Fact]
    public void The_panel_says_the_person_matters_and_gives_their_regions_numbers_and_their_safety_plan()
    {
        var cut = Render<CrisisPanel>(p => p.Add(c => c.Region, CrisisLines.Bundled.Find("GB")));
        Assert.Contains("You matter", cut.Find("h2").TextContent);
        Assert.Contains("Help in United Kingdom", cut.Find("h3").TextContent);
        Assert.Contains("999 or 112", cut.Find(".emergency").TextContent);
        Assert.NotNull(cut.Find("a[href='tel:116123']"));
        Assert.Equal("/help/plan", cut.Find("a.button").GetAttribute("href"));
        Assert.NotNull(cut.Find("a[href='/help#all-lines']"));
    }

    [Fact]
    public void Without_a_likely_region_the_panel_gives_the_local_emergency_number_and_the_full_list()
    {
        var cut = Render<CrisisPanel>();
        Assert.Contains("call your local emergency number", cut.Find(".emergency").TextContent);
        Assert.Empty(cut.FindAll("ul.crisis-lines"));
        Assert.NotNull(cut.Find("a[href='/help#all-lines']"));
        Assert.NotNull(cut.Find("a[href='/help/plan']"));
    }
}

public class CrisisLineListTests : BunitContext
{
    [Fact]
    public void Each_line_says_how_to_reach_it_and_when()
    {
        var cut = Render<CrisisLineList>(p => p.Add(c => c.Region, CrisisLines.Bundled.Find("US")));
        var lifeline = cut.FindAll("ul.crisis-lines li")[0];
        Assert.Contains("988 Suicide & Crisis Lifeline", lifeline.TextContent);
        Assert.NotNull(lifeline.QuerySelector("a[href='tel:988']"));
        Assert.NotNull(lifeline.QuerySelector("a[href='sms:988']"));
        Assert.Equal("noopener noreferrer", lifeline.QuerySelector("a[href^='https://988lifeline.org']")!.GetAttribute("rel"));
        Assert.Contains("24 hours, every day", lifeline.TextContent);
        Assert.Contains("911", cut.Find(".emergency").TextContent);
    }

    [Fact]
    public void A_region_without_a_confirmed_line_points_to_a_worldwide_list()
    {
        var cut = Render<CrisisLineList>(p => p.Add(c => c.Region, CrisisLines.Bundled.Find("DK")));
        Assert.Contains("112", cut.Find(".emergency").TextContent);
        Assert.NotNull(cut.Find("a[href='https://findahelpline.com']"));
    }
}

public class SafetyPlanSheetTests : BunitContext
{
    [Fact]
    public void A_written_plan_shows_each_part_in_the_persons_words_and_markup_stays_text()
    {
        var plan = new SafetyPlanInput { WarningSigns = "I stop replying to messages", PeopleToAsk = "<script>alert(1)</script> Sam, 07700 900123" };
        var cut = Render<SafetyPlanSheet>(p => p.Add(c => c.Plan, plan));
        var parts = cut.FindAll(".plan-part");
        Assert.Equal(7, parts.Count);
        Assert.Contains("1. Warning signs", parts[0].QuerySelector("h2")!.TextContent);
        Assert.Equal("I stop replying to messages", parts[0].QuerySelector("p")!.TextContent);
        Assert.Equal("<script>alert(1)</script> Sam, 07700 900123", parts[3].QuerySelector("p")!.TextContent);
        Assert.Empty(cut.FindAll("script"));
        Assert.NotNull(parts[1].QuerySelector(".write-here"));
    }

    [Fact]
    public void A_blank_plan_leaves_room_to_write_each_part_by_hand()
    {
        var cut = Render<SafetyPlanSheet>();
        Assert.Equal(7, cut.FindAll(".write-here").Count);
        Assert.Contains("What matters most to me", cut.FindAll("h2")[6].TextContent);
    }
}
