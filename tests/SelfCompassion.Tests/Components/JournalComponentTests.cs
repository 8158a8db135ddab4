using Bunit;
using SelfCompassion.Journal;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Tests.Components;

public class RatingInputTests : BunitContext
{
    [Fact]
    public void A_rating_is_a_labelled_number_from_0_to_100()
    {
        var cut = Render<RatingInput>(p => p.Add(c => c.Name, "Input.Belief").Add(c => c.Id, "belief").Add(c => c.Label, "How strongly?").Add(c => c.Value, "80"));
        var input = cut.Find("input");
        Assert.Equal(("number", "0", "100", "80"), (input.GetAttribute("type"), input.GetAttribute("min"), input.GetAttribute("max"), input.GetAttribute("value")));
        Assert.Equal("belief", cut.Find("label").GetAttribute("for"));
        Assert.Null(input.GetAttribute("aria-invalid"));
    }

    [Fact]
    public void An_error_is_shown_beside_the_field_and_announced_with_it()
    {
        var cut = Render<RatingInput>(p => p.Add(c => c.Name, "Input.Belief").Add(c => c.Id, "belief").Add(c => c.Label, "How strongly?")
            .Add(c => c.Help, "0 to 100").Add(c => c.Error, "Please use a number from 0 to 100.").Add(c => c.Value, "abc"));
        var input = cut.Find("input");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        Assert.Equal("belief-error belief-help", input.GetAttribute("aria-describedby"));
        Assert.Equal("Please use a number from 0 to 100.", cut.Find("#belief-error").TextContent);
        Assert.Equal("abc", input.GetAttribute("value"));
    }
}

public class FeelingChipsTests : BunitContext
{
    [Fact]
    public void Every_named_feeling_is_a_labelled_chip_with_its_own_labelled_strength_box()
    {
        var cut = Render<FeelingChips>();
        foreach (var emotion in Emotions.All)
        {
            var chip = cut.Find($"input[type=checkbox][name='Input.Felt'][value='{emotion.Key}']");
            Assert.Equal(emotion.Label, cut.Find($"label[for='{chip.Id}']").TextContent);
            Assert.False(chip.HasAttribute("checked"));
            var strength = cut.Find($"input[type=number][name='Input.Feelings[{emotion.Key}]']");
            Assert.Equal($"{emotion.Label}: how strong, 0 to 100", cut.Find($"label[for='{strength.Id}']").TextContent);
            Assert.True(strength.HasAttribute("data-slider"));
        }
        Assert.Equal(3, cut.FindAll("input[name$='.Name']").Count);
        Assert.False(cut.Find("#felt-own").HasAttribute("checked"));
    }

    [Fact]
    public void A_chip_is_ticked_when_picked_or_given_a_strength_and_what_was_typed_comes_back()
    {
        var cut = Render<FeelingChips>(p => p
            .Add(c => c.Felt, ["ashamed"])
            .Add(c => c.Values, new Dictionary<string, string?> { ["sad"] = "6o" })
            .Add(c => c.FieldErrors, new Dictionary<string, string> { ["ashamed"] = "Please say how strong this was, from 0 to 100." })
            .Add(c => c.Custom, [("small", "40")]));
        Assert.True(cut.Find("#felt-ashamed").HasAttribute("checked"));
        Assert.True(cut.Find("#felt-sad").HasAttribute("checked"));
        Assert.False(cut.Find("#felt-angry").HasAttribute("checked"));
        Assert.Equal("6o", cut.Find("#feeling-sad").GetAttribute("value"));
        Assert.Equal("true", cut.Find("#feeling-ashamed").GetAttribute("aria-invalid"));
        Assert.True(cut.Find("#felt-own").HasAttribute("checked"));
        Assert.Equal("small", cut.Find("input[name='Input.Custom[0].Name']").GetAttribute("value"));
        Assert.Equal("40", cut.Find("input[name='Input.Custom[0].Intensity']").GetAttribute("value"));
    }
}

public class PatternPickerTests : BunitContext
{
    [Fact]
    public void Patterns_are_compact_chips_and_what_each_means_is_one_tap_away()
    {
        var cut = Render<PatternPicker>(p => p.Add(c => c.Selected, ["labelling"]));
        Assert.Equal(12, cut.FindAll("input[type=checkbox].chip-box").Count);
        Assert.True(cut.Find("#pattern-labelling").HasAttribute("checked"));
        Assert.False(cut.Find("#pattern-comparing").HasAttribute("checked"));
        var definitions = cut.Find("details.definitions");
        Assert.False(definitions.HasAttribute("open"));
        Assert.Equal("What do these mean?", definitions.QuerySelector("summary")!.TextContent);
        Assert.Contains("harsh label", cut.Find("#pattern-labelling-about + dd").TextContent);
        Assert.Equal(12, definitions.QuerySelectorAll("dt").Length);
    }
}

public class BeliefChangeTests : BunitContext
{
    [Theory]
    [InlineData(80, 40, "(eased by 40)")]
    [InlineData(30, 50, "(up by 20)")]
    [InlineData(50, 50, "(the same)")]
    public void Before_and_after_are_told_in_words_too(int before, int after, string note)
    {
        var cut = Render<BeliefChange>(p => p.Add(c => c.Label, "Belief").Add(c => c.Before, before).Add(c => c.After, after));
        Assert.Equal(before.ToString(), cut.Find(".change-before").TextContent);
        Assert.Equal(after.ToString(), cut.Find(".change-after").TextContent);
        Assert.Equal(note, cut.Find(".change-note").TextContent);
        Assert.Contains(" to ", cut.Find(".visually-hidden").TextContent);
    }
}

public class EntryCardTests : BunitContext
{
    private static EntrySummary Summary(int? after) =>
        new(Guid.Parse("01a2b3c4-0000-7000-8000-000000000001"), new DateTimeOffset(2026, 3, 1, 14, 30, 0, TimeSpan.Zero),
            "I always let everyone down", ["labelling", "comparing"], 80, after);

    [Fact]
    public void A_card_shows_the_date_in_the_persons_zone_the_thought_and_its_patterns()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var cut = Render<EntryCard>(p => p.Add(c => c.Entry, Summary(null)).Add(c => c.Zone, seoul));
        Assert.Equal("/journal/01a2b3c4-0000-7000-8000-000000000001", cut.Find("h2 a").GetAttribute("href"));
        Assert.Equal("I always let everyone down", cut.Find("h2 a").TextContent);
        Assert.Equal("Sunday 1 March 2026, 23:30", cut.Find("time").TextContent);
        Assert.Equal(["Labelling", "Comparing"], cut.FindAll(".tags li").Select(li => li.TextContent));
        Assert.Empty(cut.FindAll(".change"));
    }

    [Fact]
    public void A_reframed_entry_shows_its_change_in_belief()
    {
        var cut = Render<EntryCard>(p => p.Add(c => c.Entry, Summary(40)));
        Assert.Contains("eased by 40", cut.Find(".change").TextContent);
    }
}

public class EntryListTests : BunitContext
{
    [Fact]
    public void The_list_shows_every_entry_in_the_order_given_each_in_the_persons_zone()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        static EntrySummary Entry(int n, string thought) =>
            new(Guid.Parse($"01a2b3c4-0000-7000-8000-00000000000{n}"), new DateTimeOffset(2026, 3, n, 14, 30, 0, TimeSpan.Zero), thought, [], 60, null);
        var cut = Render<EntryList>(p => p.Add(c => c.Entries, [Entry(2, "Newer"), Entry(1, "Older")]).Add(c => c.Zone, seoul));
        Assert.Equal(["Newer", "Older"], cut.FindAll(".entry-list > .entry-card h2 a").Select(a => a.TextContent));
        Assert.Equal(["Monday 2 March 2026, 23:30", "Sunday 1 March 2026, 23:30"], cut.FindAll("time").Select(t => t.TextContent));
    }

    [Fact]
    public void An_empty_page_is_an_empty_list()
    {
        var cut = Render<EntryList>(p => p.Add(c => c.Entries, []));
        Assert.Empty(cut.FindAll(".entry-card"));
    }
}
