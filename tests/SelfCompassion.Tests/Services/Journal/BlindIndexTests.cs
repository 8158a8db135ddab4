using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Journal.Search;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

/// <summary>
/// Search answered by keyed hashes of word beginnings (docs/adr/0009) must find exactly what the plain rule finds
/// over the decrypted text, in any script, through every page.
/// </summary>
public class BlindIndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string[] Vocabulary =
    [
        "lighthouse", "light", "delight", "Lights", "exam", "examined", "EXAMS", "mum", "mummy", "don't", "can't", "birthday",
        "café", "CAFE", "naïve", "über", "straße", "그냥", "실패했어", "실패", "我又失败了", "失败", "自己", "Москва", "стыдно",
        "стыд", "dinner", "diner", "a", "I", "work", "worked", "overwhelmingly-overwhelmed-feelings", "42", "2026",
    ];

    private static readonly string[] Searches =
    [
        "light", "LIGHTHOUSE", "lighthouses", "del", "exam", "examine", "mum", "don", "don't", "t", "café", "cafe", "nai",
        "naïve", "über", "stras", "실패", "실", "그", "失败", "败", "自", "москва", "СТЫД", "din", "diner", "a", "i",
        "work worked", "light exam", "overwhelmingly-overwhelmed", "overwhelmingly-overwhelmed-feelings-and-more", "4", "202",
        "birthday mum light", "zebra", "!!!",
    ];

    [Fact]
    public async Task Search_by_the_index_finds_exactly_what_the_plain_rule_finds_in_any_script_across_pages()
    {
        var owner = await People.CreateAsync(app);
        var random = new Random(20261126);
        var texts = new Dictionary<Guid, List<string?>>();
        var reframeTexts = new Dictionary<Guid, List<List<string?>>>();
        await using (var scope = People.ScopeFor(app, owner))
        {
            var journal = scope.Journal();
            for (var i = 0; i < 70; i++)
            {
                string Words(int count) => string.Join(random.Next(4) == 0 ? ", " : " ", Enumerable.Range(0, count).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]));
                var input = Entry(Words(random.Next(1, 6))) with { Situation = random.Next(3) == 0 ? Words(3) : null, Notes = random.Next(4) == 0 ? Words(2) : null };
                var id = (await journal.Entries.CreateAsync(input)).Id!.Value;
                texts[id] = [input.Thought, input.Situation, input.Notes];
                reframeTexts[id] = [];
                if (random.Next(3) == 0)
                {
                    var response = Words(4);
                    await journal.Reframes.AddAsync(id, Reframe(response: response));
                    reframeTexts[id].Add([.. Reframe(response: response).Steps().Select(s => s.Text)]);
                }
            }
        }

        foreach (var search in Searches)
        {
            var expected = texts.Keys.Where(id => SearchWords.Matches(texts[id], search) || reframeTexts[id].Any(r => SearchWords.Matches(r, search))).ToHashSet();
            var found = await SearchAllPagesAsync(owner, search);
            Assert.True(expected.SetEquals(found), $"\"{search}\": expected {expected.Count}, found {found.Count}");
        }
        Assert.True(Searches.Count(s => SearchWords.Parse(s).Count > 0) > 30);
    }

    [Fact]
    public async Task Entries_written_before_the_index_are_found_after_their_owners_first_search()
    {
        var owner = await People.CreateAsync(app);
        Guid old;
        await using (var scope = People.ScopeFor(app, owner))
        {
            var journal = scope.Journal();
            old = (await journal.Entries.CreateAsync(Entry("The lighthouse keeper laughed at me"))).Id!.Value;
            var reframed = (await journal.Entries.CreateAsync(Entry("Nobody calls"))).Id!.Value;
            await journal.Reframes.AddAsync(reframed, Reframe(response: "My lighthouse friend did call"));
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await db.ThoughtEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.SearchTerms, (long[]?)null));
            await db.Reframes.ExecuteUpdateAsync(s => s.SetProperty(r => r.SearchTerms, (long[]?)null));
            Assert.Equal(2, (await SearchAllPagesAsync(owner, "lighthouse")).Count);
            Assert.False(await db.ThoughtEntries.AnyAsync(e => e.SearchTerms == null));
            Assert.False(await db.Reframes.AnyAsync(r => r.SearchTerms == null));
        }
        Assert.Contains(old, await SearchAllPagesAsync(owner, "keeper"));
    }

    [Fact]
    public async Task The_same_words_give_unrelated_terms_for_different_people()
    {
        var (mine, theirs) = (await People.CreateAsync(app), await People.CreateAsync(app));
        var terms = new List<long[]>();
        foreach (var owner in new[] { mine, theirs })
        {
            await using var scope = People.ScopeFor(app, owner);
            var id = (await scope.Entries().CreateAsync(Entry("I messed up at the lighthouse"))).Id!.Value;
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            terms.Add((await db.ThoughtEntries.SingleAsync(e => e.Id == id)).SearchTerms!);
        }

        Assert.NotEmpty(terms[0]);
        Assert.Empty(terms[0].Intersect(terms[1]));
    }

    private async Task<HashSet<Guid>> SearchAllPagesAsync(string owner, string search)
    {
        var found = new List<(Guid Id, DateTimeOffset CreatedAt)>();
        JournalCursor? after = null;
        do
        {
            await using var scope = People.ScopeFor(app, owner);
            var page = await scope.JournalList().ListAsync(new JournalQuery(Search: search, After: after));
            // Every page but the last is full: a page is the newest 20 of all matches after the cursor.
            Assert.True(page.Next is null ? page.Entries.Count <= JournalList.PageSize : page.Entries.Count == JournalList.PageSize);
            found.AddRange(page.Entries.Select(e => (e.Id, e.CreatedAt)));
            after = page.Next;
        }
        while (after is not null);
        Assert.Equal(found.Count, found.Distinct().Count());
        // Newest first across pages (ties on the moment are ordered by id in PostgreSQL's order, not .NET's).
        Assert.Equal(found.Select(f => f.CreatedAt).OrderDescending(), found.Select(f => f.CreatedAt));
        return [.. found.Select(f => f.Id)];
    }
}
