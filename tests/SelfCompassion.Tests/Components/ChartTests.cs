using Bunit;
using SelfCompassion.Web.Components.Charts;

namespace SelfCompassion.Tests.Components;

public class LineChartTests : BunitContext
{
    private IRenderedComponent<LineChart> RenderBelief() => Render<LineChart>(p => p
        .Add(c => c.Id, "belief").Add(c => c.Title, "Belief before and after").Add(c => c.Summary, "Belief eased by 30 points.")
        .Add(c => c.Labels, ["1 Nov 2026", "2 Nov 2026"])
        .Add(c => c.Series, [new ChartSeries("Before", [80, 70]), new ChartSeries("After", [40, null])]));

    [Fact]
    public void The_svg_has_a_title_and_description_it_is_labelled_by()
    {
        var cut = RenderBelief();
        var svg = cut.Find("svg");
        Assert.Equal("img", svg.GetAttribute("role"));
        Assert.Equal("belief-title belief-desc", svg.GetAttribute("aria-labelledby"));
        Assert.Equal("Belief before and after", cut.Find("#belief-title").TextContent);
        Assert.Equal("Belief eased by 30 points.", cut.Find("#belief-desc").TextContent);
        Assert.Equal("Belief eased by 30 points.", cut.Find("figcaption").TextContent);
    }

    [Fact]
    public void The_table_holds_the_same_numbers_as_the_lines()
    {
        var cut = RenderBelief();
        var rows = cut.FindAll("table tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();
        Assert.Equal([["1 Nov 2026", "80", "40"], ["2 Nov 2026", "70", "–"]], rows);
        Assert.Equal(3, cut.FindAll("circle").Count);
        Assert.Equal(["Date", "Before", "After"], cut.FindAll("thead th").Select(th => th.TextContent));
    }

    [Fact]
    public void The_lines_use_the_two_lightnesses_of_one_hue_not_red()
    {
        var cut = RenderBelief();
        Assert.Equal(["chart-line chart-series-0", "chart-line chart-series-1"], cut.FindAll("polyline").Select(p => p.GetAttribute("class")));
        Assert.DoesNotContain("red", cut.Markup, StringComparison.OrdinalIgnoreCase);
    }
}

public class ChartCultureTests : BunitContext
{
    [Fact]
    public void Coordinates_use_a_dot_whatever_the_servers_language()
    {
        var before = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            var cut = Render<LineChart>(p => p.Add(c => c.Id, "x").Add(c => c.Title, "t").Add(c => c.Summary, "s")
                .Add(c => c.Labels, ["a", "b", "c"]).Add(c => c.Series, [new ChartSeries("v", [33.3, 50, 66.7])]));
            Assert.Matches(@"^[\d.]+,[\d.]+( [\d.]+,[\d.]+)*$", cut.Find("polyline").GetAttribute("points"));
            Assert.Equal("33.3", cut.Find("tbody td").TextContent);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = before;
        }
    }
}

public class BarChartTests : BunitContext
{
    [Fact]
    public void Bars_match_the_table_and_the_largest_is_widest()
    {
        var cut = Render<BarChart>(p => p
            .Add(c => c.Id, "patterns").Add(c => c.Title, "Patterns").Add(c => c.Summary, "Labelling came up most.")
            .Add(c => c.LabelHeader, "Pattern").Add(c => c.ValueHeader, "Times")
            .Add(c => c.Items, [("Labelling", 6), ("Comparing", 3)]));
        Assert.Equal("Patterns", cut.Find("#patterns-title").TextContent);
        Assert.Equal("Labelling came up most.", cut.Find("#patterns-desc").TextContent);
        Assert.Equal([["Labelling", "6"], ["Comparing", "3"]], cut.FindAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()));
        var widths = cut.FindAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2 * widths[1], widths[0], 1);
    }
}

public class PairedBarChartTests : BunitContext
{
    [Fact]
    public void Each_feeling_has_its_own_pair_of_bars_a_visible_title_and_the_same_numbers_in_the_table()
    {
        var cut = Render<PairedBarChart>(p => p
            .Add(c => c.Id, "emotions").Add(c => c.Title, "How strong each feeling was").Add(c => c.Summary, "Ashamed was the strongest.")
            .Add(c => c.LabelHeader, "Feeling")
            .Add(c => c.Items, [("Ashamed", 70.0, 30.0), ("Anxious", 55.5, 40.0)]));
        Assert.Equal("How strong each feeling was", cut.Find("h2.chart-title").TextContent);
        Assert.Equal("emotions-heading", cut.Find("figure").GetAttribute("aria-labelledby"));
        Assert.Equal(4, cut.FindAll("rect").Count);
        Assert.Empty(cut.FindAll("polyline"));
        Assert.Equal([["Ashamed", "70", "30"], ["Anxious", "55.5", "40"]], cut.FindAll("tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()));
        var widths = cut.FindAll("rect").Select(r => double.Parse(r.GetAttribute("width")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(70 / 30.0, widths[0] / widths[1], 3);
    }

    [Fact]
    public void Line_charts_show_their_title_and_mark_the_in_between_ticks_that_step_aside_on_a_phone()
    {
        var cut = Render<LineChart>(p => p.Add(c => c.Id, "belief").Add(c => c.Title, "Belief").Add(c => c.Summary, "s")
            .Add(c => c.Labels, ["a", "b"]).Add(c => c.Series, [new ChartSeries("v", [1, 2])]));
        Assert.Equal("Belief", cut.Find("h2.chart-title").TextContent);
        Assert.Equal(2, cut.FindAll("g.tick-minor").Count);
    }
}
