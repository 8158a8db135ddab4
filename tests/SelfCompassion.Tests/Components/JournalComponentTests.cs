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

public class EmotionRatingsTests : BunitContext
{
    [Fact]
    public void Every_named_feeling_has_its_own_labelled_box_and_three_of_your_own()
    {
        var cut = Render<EmotionRatings>();
        foreach (var emotion in Emotions.All)
        {
            var input = cut.Find($"input[name='Input.Feelings[{emotion.Key}]']");
            Assert.Equal(emotion.Label, cut.Find($"label[for='{input.Id}']").TextContent);
        }
        Assert.Equal(3, cut.FindAll("input[name$='.Name']").Count);
    }

    [Fact]
    public void What_was_typed_comes_back_in_each_box()
    {
        var cut = Render<EmotionRatings>(p => p
            .Add(c => c.Values, new Dictionary<string, string?> { ["sad"] = "60" })
            .Add(c => c.Custom, [("small", "40")]));
        Assert.Equal("60", cut.Find("input[name='Input.Feelings[sad]']").GetAttribute("value"));
        Assert.Equal("small", cut.Find("input[name='Input.Custom[0].Name']").GetAttribute("value"));
        Assert.Equal("40", cut.Find("input[name='Input.Custom[0].Intensity']").GetAttribute("value"));
    }
}

public class PatternPickerTests : BunitContext
{
    [Fact]
    public void Each_pattern_comes_with_its_definition_and_an_example()
    {
        var cut = Render<PatternPicker>(p => p.Add(c => c.Selected, ["labelling"]));
        Assert.Equal(12, cut.FindAll("input[type=checkbox]").Count);
        var labelling = cut.Find("#pattern-labelling");
        Assert.True(labelling.HasAttribute("checked"));
        Assert.False(cut.Find("#pattern-comparing").HasAttribute("checked"));
        var about = cut.Find($"#{labelling.GetAttribute("aria-describedby")}").TextContent;
        Assert.Contains("harsh label", about);
        Assert.Contains("For example", about);
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
