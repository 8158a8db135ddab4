using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Data;
using SelfCompassion.Guide;

namespace SelfCompassion.Tests.Services.Guide;

/// <summary>A reply form's key, where a look can't catch the repeat: only the index can.</summary>
public class ReplySaveKeyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const string Slug = "the-friend-test";

    [Fact]
    public async Task A_copy_arriving_while_the_first_is_still_being_saved_waits_for_it_and_is_held_once()
    {
        var email = $"reader-{Guid.NewGuid():N}@example.test";
        var reply = new ReplyInput { Name = "Mira", Email = email, Text = "Thank you for this." };
        var formKey = Guid.NewGuid();

        // The first copy, kept but not yet committed: the second's look can't see it, and its own insert meets the index.
        await using var first = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        await using var transaction = await first.Database.BeginTransactionAsync();
        first.GuideReplies.Add(new GuideReply
        {
            Id = Guid.CreateVersion7(),
            ArticleSlug = Slug,
            Name = "Mira",
            Email = email,
            Text = reply.Text!,
            CreatedAt = DateTimeOffset.UtcNow,
            SourceHash = "first",
            SaveKey = SaveKeys.Of(formKey, new { slug = Slug, reply }),
        });
        await first.SaveChangesAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var second = scope.ServiceProvider.GetRequiredService<GuideReplies>().SubmitAsync(Slug, reply, formKey, "192.0.2.1");
        await WaitingOnALockAsync();
        Assert.False(second.IsCompleted, "The second copy should wait for the first at the index.");
        await transaction.CommitAsync();

        Assert.True((await second).Succeeded);
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        Assert.Equal(["first"], await db.GuideReplies.Where(r => r.Email == email).Select(r => r.SourceHash).ToListAsync());
    }

    /// <summary>Until a statement of this database waits on a lock: the second copy's insert, at the index.</summary>
    private async Task WaitingOnALockAsync()
    {
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        for (var tries = 0; tries < 100; tries++)
        {
            var waiting = await db.Database.SqlQueryRaw<int>(
                "SELECT count(*)::int AS \"Value\" FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").SingleAsync();
            if (waiting > 0)
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail("The second copy never reached the index.");
    }
}
