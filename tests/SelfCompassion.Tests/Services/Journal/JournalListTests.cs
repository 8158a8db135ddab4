using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

public class JournalListTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Pages_walk_newest_first_without_gaps_or_repeats_even_when_times_are_equal()
    {
        var owner = await People.CreateAsync(app);
        var created = new List<Guid>();
        var moment = new DateTimeOffset(2026, 5, 1, 9, 0, 0, TimeSpan.Zero);
        try
        {
            await using var scope = People.ScopeFor(app, owner);
            for (var i = 0; i < 45; i++)
            {
                // Thirty entries share one instant; the rest are a minute apart.
                app.Clock.Freeze(i < 30 ? moment : moment.AddMinutes(i));
                created.Add((await scope.Entries().CreateAsync(Entry($"thought {i}"))).Id!.Value);
            }
        }
        finally
        {
            app.Clock.Thaw();
        }

        var seen = new List<EntrySummary>();
        JournalCursor? after = null;
        var pages = 0;
        do
        {
            await using var scope = People.ScopeFor(app, owner);
            var page = await scope.JournalList().ListAsync(new JournalQuery(After: after));
            Assert.True(page.Entries.Count <= 20);
            seen.AddRange(page.Entries);
            after = page.Next;
            pages++;
        }
        while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(45, seen.Select(s => s.Id).Distinct().Count());
        var expected = seen.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Select(s => s.Id);
        Assert.Equal(expected, seen.Select(s => s.Id));
        Assert.Equal(created.ToHashSet(), seen.Select(s => s.Id).ToHashSet());
    }

    [Fact]
    public async Task Search_finds_the_persons_own_words_in_thoughts_situations_and_reframes_only()
    {
        var owner = await People.CreateAsync(app);
        var other = await People.CreateAsync(app);
        await using (var otherScope = People.ScopeFor(app, other))
        {
            await otherScope.Entries().CreateAsync(Entry("birthday of someone else"));
        }
        await using var scope = People.ScopeFor(app, owner);
        var journal = scope.Journal();
        var inThought = (await journal.Entries.CreateAsync(Entry("I ruined the Birthday dinner"))).Id!.Value;
        var inSituation = (await journal.Entries.CreateAsync(Entry() with { Situation = "planning a birthday" })).Id!.Value;
        var inReframe = (await journal.Entries.CreateAsync(Entry("Nobody likes me"))).Id!.Value;
        await journal.Reframes.AddAsync(inReframe, Reframe(response: "My sister's birthday card said otherwise"));
        await journal.Entries.CreateAsync(Entry("Nothing to find here"));

        var found = await journal.List.ListAsync(new JournalQuery(Search: "BIRTHDAY"));

        Assert.Equal(new[] { inReframe, inSituation, inThought }.ToHashSet(), found.Entries.Select(e => e.Id).ToHashSet());
    }

    [Fact]
    public async Task Search_keeps_to_every_chosen_bound_whether_the_words_are_in_the_thought_or_a_reframe()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var journal = scope.Journal();
        var march = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero);
        // For each half of search, one match inside every bound and one just outside each: a bound either half
        // forgot would let its match through.
        var inside = ("labelling", "anxious", march.AddHours(10));
        (string Pattern, string Feeling, DateTimeOffset At)[] outside =
        [
            ("comparing", "anxious", march.AddHours(11)), ("labelling", "sad", march.AddHours(12)),
            ("labelling", "anxious", march.AddDays(-18)), ("labelling", "anxious", march.AddMonths(1)),
            ("labelling", "anxious", march.AddHours(20)),
        ];
        var ownWords = new List<Guid>();
        var throughReframes = new List<Guid>();
        try
        {
            foreach (var (pattern, feeling, at) in (IEnumerable<(string, string, DateTimeOffset)>)[inside, .. outside])
            {
                app.Clock.Freeze(at);
                ownWords.Add((await journal.Entries.CreateAsync(Entry("The exam went badly").Feeling((feeling, 70)) with { Patterns = [pattern] })).Id!.Value);
                app.Clock.Freeze(at.AddMinutes(30));
                var entry = (await journal.Entries.CreateAsync(Entry("I am useless").Feeling((feeling, 70)) with { Patterns = [pattern] })).Id!.Value;
                // One feeling, so one rating again.
                Assert.True((await journal.Reframes.AddAsync(entry, Reframe(response: "One exam is not who I am") with { After = [30] })).Succeeded);
                throughReframes.Add(entry);
            }
        }
        finally
        {
            app.Clock.Thaw();
        }

        async Task<List<Guid>> Found(JournalQuery query) => [.. (await journal.List.ListAsync(query with { Search = "exam" })).Entries.Select(e => e.Id)];

        Assert.Equal(ownWords.Concat(throughReframes).ToHashSet(), (await Found(new JournalQuery())).ToHashSet());
        var bounded = new JournalQuery(Pattern: "labelling", Emotion: "anxious", From: new DateOnly(2026, 3, 1), To: new DateOnly(2026, 3, 31),
            After: new JournalCursor(march.AddHours(19), Guid.Empty));
        Assert.Equal([throughReframes[0], ownWords[0]], await Found(bounded));
    }

    [Fact]
    public async Task Filters_by_pattern_feeling_and_dates_in_the_persons_time_zone()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var journal = scope.Journal();
        Guid late, early;
        try
        {
            // 23:30 on 1 March in Seoul is 14:30 UTC on 1 March; 00:30 on 2 March in Seoul is 15:30 UTC on 1 March.
            app.Clock.Freeze(new DateTimeOffset(2026, 3, 1, 14, 30, 0, TimeSpan.Zero));
            early = (await journal.Entries.CreateAsync(Entry().Feeling(("lonely", 60)) with { Patterns = ["comparing"] })).Id!.Value;
            app.Clock.Freeze(new DateTimeOffset(2026, 3, 1, 15, 30, 0, TimeSpan.Zero));
            late = (await journal.Entries.CreateAsync(Entry())).Id!.Value;
        }
        finally
        {
            app.Clock.Thaw();
        }
        var seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

        Assert.Equal([early], (await journal.List.ListAsync(new JournalQuery(Pattern: "comparing"))).Entries.Select(e => e.Id));
        Assert.Equal([early], (await journal.List.ListAsync(new JournalQuery(Emotion: "lonely"))).Entries.Select(e => e.Id));
        var firstOfMarch = new DateOnly(2026, 3, 1);
        Assert.Equal([early], (await journal.List.ListAsync(new JournalQuery(From: firstOfMarch, To: firstOfMarch, Zone: seoul))).Entries.Select(e => e.Id));
        Assert.Equal([late], (await journal.List.ListAsync(new JournalQuery(From: firstOfMarch.AddDays(1), Zone: seoul))).Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task A_card_shows_a_short_preview_and_the_latest_change_in_belief()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var id = (await scope.Entries().CreateAsync(Entry(string.Join(' ', Enumerable.Repeat("tired", 60)), belief: 80))).Id!.Value;
        await scope.Reframes().AddAsync(id, Reframe(beliefAfter: 40));

        var card = Assert.Single((await scope.JournalList().ListAsync(new JournalQuery())).Entries);
        Assert.True(card.ThoughtPreview.Length <= 141);
        Assert.EndsWith("…", card.ThoughtPreview);
        Assert.Equal((80, 40), (card.Belief, card.LatestBeliefAfter!.Value));
    }

    [Fact]
    public async Task Date_filters_work_on_a_day_whose_midnight_never_happens_and_at_the_end_of_the_calendar()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);
        var santiago = TimeZoneInfo.FindSystemTimeZoneById("America/Santiago");
        // In Santiago, clocks jump from 00:00 to 01:00 on 6 September 2026.
        var springForward = new DateOnly(2026, 9, 6);
        Assert.True(santiago.IsInvalidTime(springForward.ToDateTime(TimeOnly.MinValue)));
        app.Clock.Freeze(new DateTimeOffset(2026, 9, 6, 12, 0, 0, TimeSpan.Zero));
        try
        {
            await scope.Entries().CreateAsync(Entry());
        }
        finally
        {
            app.Clock.Thaw();
        }

        Assert.Single((await scope.JournalList().ListAsync(new JournalQuery(From: springForward, To: springForward, Zone: santiago))).Entries);
        Assert.Empty((await scope.JournalList().ListAsync(new JournalQuery(To: springForward.AddDays(-1), Zone: santiago))).Entries);
        Assert.Single((await scope.JournalList().ListAsync(new JournalQuery(From: DateOnly.MinValue, To: DateOnly.MaxValue, Zone: santiago))).Entries);
    }
}
