using SelfCompassion.Common;

namespace SelfCompassion.Tests.Services;

public class CharactersTests
{
    [Fact]
    public void What_a_field_can_keep_never_ends_partway_through_a_joined_emoji()
    {
        // Each family takes 8 units, past the 4 a character that the cut counts on.
        var families = string.Concat(Enumerable.Repeat("👨‍👩‍👧", 10));

        var kept = Characters.AtMost(families, 5)!;

        Assert.Equal(string.Concat(Enumerable.Repeat("👨‍👩‍👧", 2)), kept);
        Assert.Equal("short", Characters.AtMost("short", 5));
    }
}
