using SelfCompassion.Practice.CheckIns;

namespace SelfCompassion.Tests.Services.Practice;

public class SelfCompassionScaleTests
{
    [Fact]
    public void All_answers_1_score_3_because_six_items_are_reversed() =>
        Assert.Equal(3.0m, SelfCompassionScale.Score(Enumerable.Repeat(1, 12).ToList()));

    [Fact]
    public void All_answers_5_score_3_as_well() =>
        Assert.Equal(3.0m, SelfCompassionScale.Score(Enumerable.Repeat(5, 12).ToList()));

    [Fact]
    public void Mixed_answers_match_the_hand_computed_mean()
    {
        // Reversed items 1, 4, 8, 9, 11, 12: 6-1, 6-4, 6-3, 6-4, 6-1, 6-2 = 21; others 2+3+5+1+2+5 = 18; 39 / 12 = 3.25.
        Assert.Equal(3.25m, SelfCompassionScale.Score([1, 2, 3, 4, 5, 1, 2, 3, 4, 5, 1, 2]));
    }

    [Fact]
    public void The_kindest_answers_score_5_and_the_harshest_1()
    {
        int[] kindest = [1, 5, 5, 1, 5, 5, 5, 1, 1, 5, 1, 1];
        Assert.Equal(5.0m, SelfCompassionScale.Score(kindest));
        Assert.Equal(1.0m, SelfCompassionScale.Score(kindest.Select(a => 6 - a).ToList()));
    }

    [Fact]
    public void Incomplete_or_out_of_range_answers_are_not_scored()
    {
        Assert.False(SelfCompassionScale.IsComplete(Enumerable.Repeat(3, 11).ToList()));
        Assert.False(SelfCompassionScale.IsComplete([3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6]));
        Assert.False(SelfCompassionScale.IsComplete([0, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3]));
        Assert.Throws<ArgumentException>(() => SelfCompassionScale.Score([3, 3]));
    }

    [Fact]
    public void The_twelve_published_items_are_all_there()
    {
        Assert.Equal(12, SelfCompassionScale.Items.Count);
        Assert.StartsWith("When I fail at something important to me", SelfCompassionScale.Items[0]);
        Assert.StartsWith("I'm intolerant and impatient", SelfCompassionScale.Items[11]);
        Assert.Equal(new HashSet<int> { 1, 4, 8, 9, 11, 12 }, SelfCompassionScale.ReverseScored);
    }
}
