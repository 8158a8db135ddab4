using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Consent;
using SelfCompassion.Data;
using SelfCompassion.Journal.Entries;
using SelfCompassion.Journal.Listing;
using SelfCompassion.Journal.Reframes;
using SelfCompassion.Practice;
using SelfCompassion.Practice.CheckIns;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Load;

/// <summary>What the load run needs to know about the seeded data: who signs in, and where the deep pages are.</summary>
internal sealed record SeededData(TestUser Heavy, Guid SomeEntry, string Page500Cursor);

/// <summary>
/// Realistic data through the real services, so every row is encrypted as in use: 1,000 people with a little history
/// each, and one heavy person with 10,000 entries over three years, 2,000 reframes, 500 practices and 50 check-ins.
/// </summary>
internal static class LoadSeed
{
    public const int People = 1_000;
    public const int HeavyEntries = 10_000;
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    public static async Task<SeededData> RunAsync(AppFactory app)
    {
        var heavy = TestUser.Create("Heavy");
        var heavyId = await Tests.Support.People.CreateAsync(app, heavy);
        await OthersAsync(app, heavyId);
        var someEntry = await HeavyJournalAsync(app, heavyId);
        await HeavyPracticeAsync(app, heavyId);
        var cursor = await Page500CursorAsync(app, heavyId);
        app.Clock.Thaw();
        return new SeededData(heavy, someEntry, cursor);
    }

    /// <summary>999 others, added directly with one password hash (hashing a thousand times would only measure PBKDF2).</summary>
    private static async Task OthersAsync(AppFactory app, string heavyId)
    {
        Console.WriteLine($"Seeding {People - 1:N0} other people, each with a few entries and a practice...");
        string hash;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            hash = (await users.FindByIdAsync(heavyId))!.PasswordHash!;
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 1; i < People; i++)
            {
                var email = $"person{i}@bench.example";
                db.Users.Add(new ApplicationUser
                {
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                    PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    DisplayName = $"Person {i}",
                    TimeZoneId = "Europe/London",
                    CreatedAt = Now.AddDays(-i % 700),
                });
            }
            await db.SaveChangesAsync();
        }
        var ids = await IdsAsync(app, heavyId);
        foreach (var chunk in ids.Chunk(50))
        {
            foreach (var id in chunk)
            {
                await using var scope = Tests.Support.People.ScopeFor(app, id);
                await scope.ServiceProvider.GetRequiredService<PrivacyConsent>().GiveAsync();
                for (var e = 0; e < 3; e++)
                {
                    await scope.Entries().CreateAsync(Entry($"Someone else's thought {e}", e));
                }
                await scope.ServiceProvider.GetRequiredService<PracticeSessions>().SaveAsync(PracticeKind.Pause, new PracticeInput { Minutes = 3, MoodBefore = 4, MoodAfter = 6 });
            }
        }
    }

    private static async Task<List<string>> IdsAsync(AppFactory app, string heavyId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return [.. scope.ServiceProvider.GetRequiredService<AppDbContext>().Users.Where(u => u.Id != heavyId).Select(u => u.Id)];
    }

    /// <summary>10,000 entries spread over three years, every fifth reframed; one in a hundred mentions "lighthouse".</summary>
    private static async Task<Guid> HeavyJournalAsync(AppFactory app, string owner)
    {
        Console.WriteLine($"Seeding the heavy person's {HeavyEntries:N0} entries and {HeavyEntries / 5:N0} reframes...");
        var start = Now.AddDays(-3 * 365);
        var step = TimeSpan.FromDays(3 * 365) / HeavyEntries;
        var some = Guid.Empty;
        for (var batch = 0; batch < HeavyEntries / 500; batch++)
        {
            await using var scope = Tests.Support.People.ScopeFor(app, owner);
            for (var i = batch * 500; i < (batch + 1) * 500; i++)
            {
                app.Clock.Freeze(start + (step * i));
                var thought = i % 100 == 7 ? $"I messed up at the lighthouse again ({i})" : $"I failed at the {Words[i % Words.Length]} again, as always ({i})";
                var id = (await scope.Entries().CreateAsync(Entry(thought, i))).Id!.Value;
                if (i % 5 == 0)
                {
                    await scope.Reframes().AddAsync(id, new ReframeInput
                    {
                        FriendView = "I'd tell a friend one bad day is not a pattern",
                        CompassionateResponse = "One hard moment doesn't define me",
                        BeliefAfter = 35,
                        After = [30, 20],
                    });
                }
                some = i == HeavyEntries - 3 ? id : some;
            }
        }
        return some;
    }

    private static async Task HeavyPracticeAsync(AppFactory app, string owner)
    {
        Console.WriteLine("Seeding the heavy person's 500 practices and 50 check-ins...");
        await using var scope = Tests.Support.People.ScopeFor(app, owner);
        var practices = scope.ServiceProvider.GetRequiredService<PracticeSessions>();
        var checkIns = scope.ServiceProvider.GetRequiredService<CheckInLog>();
        for (var i = 0; i < 500; i++)
        {
            app.Clock.Freeze(Now.AddHours(-i * 52));
            await practices.SaveAsync((PracticeKind)(i % 4), new PracticeInput { Minutes = 4, MoodBefore = 3 + (i % 4), MoodAfter = 5 + (i % 4), Texts = ["A kind word"] });
        }
        for (var i = 0; i < 50; i++)
        {
            app.Clock.Freeze(Now.AddDays(-i * 21));
            await checkIns.SaveAsync(new CheckInInput(Enumerable.Range(0, 12).ToDictionary(k => k, k => (string?)(((i + k) % 5) + 1).ToString())));
        }
    }

    /// <summary>Where page 500 of the journal begins: the cursor after the last entry of page 499, newest first.</summary>
    private static async Task<string> Page500CursorAsync(AppFactory app, string owner)
    {
        await using var scope = Tests.Support.People.ScopeFor(app, owner);
        var journal = scope.ServiceProvider.GetRequiredService<JournalList>();
        JournalCursor? after = null;
        for (var page = 1; page < 500; page++)
        {
            after = (await journal.ListAsync(new JournalQuery(After: after))).Next;
        }
        return after!.Value.Encode();
    }

    private static readonly string[] Words = ["work", "mum", "friends", "dinner", "exam", "meeting", "gym", "text", "party", "call"];

    private static EntryInput Entry(string thought, int i) => new()
    {
        Situation = "After a long day",
        Thought = thought,
        Feelings = new() { ["sad"] = 60, ["anxious"] = 40 },
        Belief = 70,
        Patterns = i % 3 == 0 ? ["labelling"] : ["comparing", "mind-reading"],
    };
}
