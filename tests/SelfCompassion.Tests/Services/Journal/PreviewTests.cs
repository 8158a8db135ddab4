using SelfCompassion.Journal.Listing;

namespace SelfCompassion.Tests.Services.Journal;

/// <summary>A long thought is shown cut short on the journal and today's page, never cut through a character.</summary>
public class PreviewTests
{
    [Theory]
    [InlineData("😔")]
    [InlineData("👩‍👧")]
    [InlineData("ก้")]
    public void A_long_thought_without_spaces_is_cut_between_characters_as_a_person_sees_them(string character)
    {
        var thought = string.Concat(Enumerable.Repeat(character, 200));

        var preview = EntrySummary.Preview(thought);

        Assert.Equal(string.Concat(Enumerable.Repeat(character, EntrySummary.PreviewLength)) + "…", preview);
    }

    [Fact]
    public void A_long_thought_is_cut_at_a_space_and_a_short_one_is_shown_whole()
    {
        var words = string.Join(' ', Enumerable.Repeat("heavy", 40));

        Assert.Equal(words[..137] + "…", EntrySummary.Preview(words));
        Assert.Equal("I let everyone down", EntrySummary.Preview("I let everyone down"));
    }
}
