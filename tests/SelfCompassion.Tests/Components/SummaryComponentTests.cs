using Bunit;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Tests.Components;

public class SummaryRecordTests : BunitContext
{
    private static readonly DateTimeOffset Written = new(2026, 3, 1, 14, 30, 0, TimeSpan.Zero);

    private static EntryView Record(params ReframeView[] reframes) =>
        new(new EntryText { Thought = "I always let everyone down\nand they notice", Situation = "After the meeting" })
        {
            Id = Guid.Parse("01a2b3c4-0000-7000-8000-000000000001"),
            CreatedAt = Written,
            Emotions = [new EmotionRating("ashamed", null, 70), new EmotionRating(null, "small", 40)],
            Belief = 80,
            Patterns = ["labelling"],
            Reframes = reframes,
        };

    private static ReframeView Reframe(string response, int after, string? friend = null) =>
        new(new ReframeText { CompassionateResponse = response, FriendView = friend }) { CreatedAt = Written.AddDays(1), BeliefAfter = after };

    private static ReframeView EveryStep() =>
        new(new ReframeText
        {
            CompassionateResponse = "I did my best",
            Acknowledgement = "It stung",
            CommonHumanity = "Many people feel this",
            EvidenceFor = "I missed a deadline",
            EvidenceAgainst = "I met the others",
            FriendView = "You care, that's why it hurts",
        })
        { CreatedAt = Written.AddDays(1), BeliefAfter = 35 };

    [Fact]
    public void A_record_keeps_the_words_as_written_in_the_persons_zone_and_leaves_out_what_was_not_filled_in()
    {
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var cut = Render<SummaryRecord>(p => p.Add(c => c.Entry, Record()).Add(c => c.Zone, seoul));
        Assert.Equal("Sunday 1 March 2026, 23:30", cut.Find("h4 time").TextContent);
        Assert.Equal("record-01a2b3c4-0000-7000-8000-000000000001", cut.Find("article").GetAttribute("aria-labelledby"));
        Assert.Equal("I always let everyone down\nand they notice", cut.Find("p:first-of-type .keep-lines").TextContent);
        Assert.Contains("What was happening: After the meeting", cut.Find("article").TextContent);
        Assert.Contains("Feelings: Ashamed 70, small 40", cut.Find("article").TextContent);
        Assert.DoesNotContain("Notes:", cut.Find("article").TextContent);
        Assert.Empty(cut.FindAll(".summary-reframe"));
    }

    [Fact]
    public void Belief_and_patterns_appear_only_when_chosen()
    {
        var without = Render<SummaryRecord>(p => p.Add(c => c.Entry, Record(Reframe("I did my best", 35))));
        Assert.DoesNotContain("Belief", without.Find("article").TextContent);
        Assert.DoesNotContain("Patterns:", without.Find("article").TextContent);

        var with = Render<SummaryRecord>(p => p.Add(c => c.Entry, Record(Reframe("I did my best", 35))).Add(c => c.Belief, true).Add(c => c.Patterns, true));
        Assert.Contains("Belief when written: 80 out of 100", with.Find("article").TextContent);
        Assert.Contains("Belief after: 35 out of 100", with.Find(".summary-reframe").TextContent);
        Assert.Contains("Patterns: Labelling", with.Find("article").TextContent);
    }

    [Fact]
    public void Each_reframe_shows_its_response_and_only_the_steps_the_person_wrote()
    {
        var cut = Render<SummaryRecord>(p => p.Add(c => c.Entry, Record(Reframe("I did my best", 35, friend: "You care, that's why it hurts"), Reframe("One meeting", 20))));
        var reframes = cut.FindAll(".summary-reframe");
        Assert.Equal(2, reframes.Count);
        Assert.Contains("I did my best", reframes[0].TextContent);
        Assert.Equal(["What I'd say to a friend:"], reframes[0].QuerySelectorAll("p + p strong").Select(s => s.TextContent));
        Assert.Contains("You care, that's why it hurts", reframes[0].TextContent);
        Assert.Empty(reframes[1].QuerySelectorAll("p + p"));
    }

    [Fact]
    public void Every_written_step_is_named_in_the_order_the_reframe_asks_it()
    {
        var cut = Render<SummaryRecord>(p => p.Add(c => c.Entry, Record(EveryStep())));
        Assert.Equal(
            ["Named the feeling: It stung", "Others in the same place: Many people feel this", "What supports the thought: I missed a deadline",
                "What doesn't fit it: I met the others", "What I'd say to a friend: You care, that's why it hurts"],
            cut.Find(".summary-reframe").QuerySelectorAll("p + p").Select(p => p.TextContent));
    }
}

public class SummaryRecordsTests : BunitContext
{
    [Fact]
    public void The_page_of_records_keeps_the_order_given_and_passes_the_zone_and_choices_to_each()
    {
        static EntryView Entry(int day, string thought) =>
            new(new EntryText { Thought = thought })
            {
                Id = Guid.NewGuid(),
                CreatedAt = new DateTimeOffset(2026, 3, day, 9, 0, 0, TimeSpan.Zero),
                Belief = 50,
                Patterns = ["comparing"],
            };
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");
        var cut = Render<SummaryRecords>(p => p.Add(c => c.Entries, [Entry(1, "Older"), Entry(2, "Newer")])
            .Add(c => c.Zone, seoul).Add(c => c.Belief, true).Add(c => c.Patterns, true));
        Assert.Equal(["Older", "Newer"], cut.FindAll(".summary-entry p:first-of-type .keep-lines").Select(s => s.TextContent));
        Assert.Equal(["Sunday 1 March 2026, 18:00", "Monday 2 March 2026, 18:00"], cut.FindAll("h4 time").Select(t => t.TextContent));
        Assert.All(cut.FindAll(".summary-entry"), e => Assert.Contains("Belief when written: 50 out of 100", e.TextContent));
        Assert.All(cut.FindAll(".summary-entry"), e => Assert.Contains("Patterns: Comparing", e.TextContent));
    }
}
