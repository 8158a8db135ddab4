using SelfCompassion.Common;
using SelfCompassion.Journal.Entries;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

/// <summary>An entry's rules, checked whatever the form allowed, and crisis words noticed without ever blocking a save.</summary>
public class EntryRulesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Bad_input_is_refused_with_a_reason_and_nothing_is_stored()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var cases = new (EntryInput Input, string Field)[]
        {
            (Entry() with { Thought = "  " }, "Thought"),
            (Entry() with { Thought = new string('x', 2001) }, "Thought"),
            (Entry() with { Situation = new string('x', 1001) }, "Situation"),
            (Entry() with { Belief = 101 }, "Belief"),
            (Entry() with { Belief = -1 }, "Belief"),
            (Entry().Feeling(), "Feelings"),
            (Entry().Feeling(("furious-unknown", 50)), "Feelings"),
            (Entry().Feeling(("sad", 101)), "Feelings"),
            (Entry() with { Custom = [.. "abcd".Select(c => new OwnFeeling { Name = c.ToString(), Intensity = 1 })] }, "Feelings"),
            (Entry() with { Patterns = ["not-a-pattern"] }, "Patterns"),
        };
        foreach (var (input, field) in cases)
        {
            var result = await scope.Entries().CreateAsync(input);
            Assert.Equal(OutcomeStatus.Invalid, result.Status);
            Assert.Contains(result.Errors, e => e.Field == field);
        }
        Assert.False(await scope.Entries().HasAnyAsync());
    }

    [Fact]
    public async Task Crisis_words_are_saved_and_noticed()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var result = await scope.Entries().CreateAsync(Entry("Everyone would be better off without me"));
        Assert.Equal(OutcomeStatus.Done, result.Status);
        Assert.True(result.CrisisNoticed);

        var calm = await scope.Entries().CreateAsync(Entry());
        Assert.False(calm.CrisisNoticed);
        var reframe = await scope.Reframes().AddAsync(calm.Id!.Value, Reframe(response: "Some days I want to die, and I still deserve care"));
        Assert.True(reframe.CrisisNoticed);
    }

    /// <summary>
    /// A form sent back too long is read as far as each field can keep, not whole (a value may be 128 KB, and a list of
    /// own words as long as the form allows), so a correction costs no more to read than a save.
    /// </summary>
    [Fact]
    public void Only_what_each_field_can_keep_is_read_for_words_of_danger()
    {
        var filler = string.Concat(Enumerable.Repeat("I walked the dog. ", 200));
        Assert.True(Characters.Count(filler) > EntryText.ThoughtMaxLength);
        Assert.True((Entry(filler[..(EntryText.ThoughtMaxLength - 14)] + "I want to die.") with { Belief = null }).SuggestsDanger());
        Assert.False((Entry(filler + "I want to die.") with { Belief = null }).SuggestsDanger());

        var ownWords = Enumerable.Range(0, 10).Select(i => new OwnFeeling { Name = i < 9 ? "tired" : "I want to die" }).ToList();
        Assert.False((Entry() with { Custom = ownWords }).SuggestsDanger());
        Assert.True((Entry() with { Custom = [.. ownWords.Skip(8)] }).SuggestsDanger());
    }
}
