using SelfCompassion.Common;

namespace SelfCompassion.Tests.Services;

public class CharactersTests
{
    [Fact]
    public void What_a_field_can_keep_is_its_limit_of_whole_characters_even_when_each_takes_many_units()
    {
        // Each family takes 8 units, past the 4 a character that the first window counts on.
        var families = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 10));

        var kept = Characters.AtMost(families, 5)!;

        Assert.Equal(string.Concat(Enumerable.Repeat("👨‍👩‍👧", 5)), kept);
        Assert.Equal("short", Characters.AtMost("short", 5));
        Assert.Equal(families, Characters.AtMost(families, 10));
    }
}
