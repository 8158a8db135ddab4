using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using static SelfCompassion.Tests.Services.Journal.JournalSamples;

namespace SelfCompassion.Tests.Services.Journal;

/// <summary>A new-thought or reframe form carries its own key: sent again, by a double press or by nginx, it saves once.</summary>
public class SaveKeyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_same_form_sent_twice_keeps_one_entry_and_answers_with_it_both_times()
    {
        var owner = await People.CreateAsync(app);
        var key = Guid.NewGuid();

        await using var scope = People.ScopeFor(app, owner);
        var first = await scope.Entries().CreateAsync(Entry(), key);
        await using var again = People.ScopeFor(app, owner);
        var second = await again.Entries().CreateAsync(Entry(), key);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(first.Id, second.Id);
        Assert.Equal(1, await EntriesOfAsync(owner));
    }

    [Fact]
    public async Task The_same_form_sent_again_with_changed_words_keeps_the_change_too()
    {
        var owner = await People.CreateAsync(app);
        var key = Guid.NewGuid();

        await using var scope = People.ScopeFor(app, owner);
        var first = await scope.Entries().CreateAsync(Entry("I let my sister down"), key);
        await using var again = People.ScopeFor(app, owner);
        var changed = await again.Entries().CreateAsync(Entry("I let my sister down, and I said sorry"), key);

        Assert.NotEqual(first.Id, changed.Id);
        Assert.Equal("I let my sister down, and I said sorry", (await again.Entries().GetAsync(changed.Id!.Value))!.Thought);
        Assert.Equal(2, await EntriesOfAsync(owner));
    }

    [Fact]
    public async Task An_empty_key_is_no_key()
    {
        var owner = await People.CreateAsync(app);
        await using var scope = People.ScopeFor(app, owner);

        await scope.Entries().CreateAsync(Entry(), Guid.Empty);
        await scope.Entries().CreateAsync(Entry(), Guid.Empty);

        Assert.Equal(2, await EntriesOfAsync(owner));
    }

    [Fact]
    public async Task The_same_form_arriving_twice_at_once_keeps_one_entry()
    {
        var owner = await People.CreateAsync(app);
        var key = Guid.NewGuid();

        var saves = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var scope = People.ScopeFor(app, owner);
            return await scope.Entries().CreateAsync(Entry(), key);
        }));

        Assert.All(saves, s => Assert.True(s.Succeeded));
        Assert.Single(saves.Select(s => s.Id).Distinct());
        Assert.Equal(1, await EntriesOfAsync(owner));
    }

    [Fact]
    public async Task A_key_is_one_persons_own_and_new_forms_save_new_entries()
    {
        var one = await People.CreateAsync(app);
        var other = await People.CreateAsync(app);
        var key = Guid.NewGuid();

        await using (var scope = People.ScopeFor(app, one))
        {
            await scope.Entries().CreateAsync(Entry(), key);
            await scope.Entries().CreateAsync(Entry(), Guid.NewGuid());
            await scope.Entries().CreateAsync(Entry());
        }
        await using (var scope = People.ScopeFor(app, other))
        {
            await scope.Entries().CreateAsync(Entry(), key);
        }

        Assert.Equal(3, await EntriesOfAsync(one));
        Assert.Equal(1, await EntriesOfAsync(other));
    }

    [Fact]
    public async Task The_same_reframe_form_sent_twice_keeps_one_reframe()
    {
        var owner = await People.CreateAsync(app);
        var key = Guid.NewGuid();
        await using var scope = People.ScopeFor(app, owner);
        var entry = (await scope.Entries().CreateAsync(Entry())).Id!.Value;

        var first = await scope.Reframes().AddAsync(entry, Reframe(), saveKey: key);
        await using var again = People.ScopeFor(app, owner);
        var second = await again.Reframes().AddAsync(entry, Reframe(), saveKey: key);
        await again.Reframes().AddAsync(entry, Reframe(), saveKey: Guid.NewGuid());

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(entry, second.Id);
        await using var count = People.ScopeFor(app, owner);
        Assert.Equal(2, await count.ServiceProvider.GetRequiredService<AppDbContext>().Reframes.CountAsync(r => r.EntryId == entry));
    }

    private async Task<int> EntriesOfAsync(string owner)
    {
        await using var scope = People.ScopeFor(app, owner);
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().ThoughtEntries.CountAsync();
    }
}
