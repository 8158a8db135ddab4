using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Tests.Services;

/// <summary>The in-memory sign-ins may only ever make a page faster, never let an ended session in.</summary>
public class SessionCacheTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private static (SessionCache Cache, TestClock Clock) Trusted()
    {
        var clock = new TestClock();
        clock.Freeze(Now);
        var cache = new SessionCache(clock);
        cache.Trust();
        return (cache, clock);
    }

    [Fact]
    public void Nothing_is_kept_while_notices_of_ended_sessions_are_not_arriving()
    {
        var (cache, _) = Trusted();
        cache.Distrust();
        var id = Guid.NewGuid();

        cache.Keep(id, "owner", [1], null, cache.Version);

        Assert.False(cache.TryGet(id, out _));
    }

    [Fact]
    public void Losing_the_notices_forgets_what_was_kept()
    {
        var (cache, _) = Trusted();
        var id = Guid.NewGuid();
        cache.Keep(id, "owner", [1], null, cache.Version);

        cache.Distrust();
        cache.Trust();

        Assert.False(cache.TryGet(id, out _));
    }

    [Fact]
    public void A_read_begun_before_notices_resumed_is_not_kept()
    {
        var (cache, _) = Trusted();
        cache.Distrust();
        var id = Guid.NewGuid();
        var before = cache.Version;

        // Meanwhile the session may have ended elsewhere, unheard; then listening resumes.
        cache.Trust();
        cache.Keep(id, "owner", [1], null, before);

        Assert.False(cache.TryGet(id, out _));
    }

    [Fact]
    public void A_session_ended_while_it_was_being_read_is_not_kept()
    {
        var (cache, _) = Trusted();
        var id = Guid.NewGuid();
        var before = cache.Version;

        cache.Forget(id);
        cache.Keep(id, "owner", [1], null, before);

        Assert.False(cache.TryGet(id, out _));
    }

    [Fact]
    public void A_kept_sign_in_lasts_a_few_seconds_and_never_past_its_own_expiry()
    {
        var (cache, clock) = Trusted();
        var shortLived = Guid.NewGuid();
        var ordinary = Guid.NewGuid();
        cache.Keep(shortLived, "owner", [1], Now.AddSeconds(5), cache.Version);
        cache.Keep(ordinary, "owner", [2], Now.AddDays(14), cache.Version);

        clock.Freeze(Now.AddSeconds(6));
        Assert.False(cache.TryGet(shortLived, out _));
        Assert.True(cache.TryGet(ordinary, out var ticket));
        Assert.Equal([2], ticket);

        clock.Freeze(Now + SessionCache.KeepFor);
        Assert.False(cache.TryGet(ordinary, out _));
    }

    [Fact]
    public void Ending_a_persons_sessions_forgets_all_of_theirs_and_no_one_elses()
    {
        var (cache, _) = Trusted();
        var (mine, mineToo, theirs) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        cache.Keep(mine, "me", [1], null, cache.Version);
        cache.Keep(mineToo, "me", [2], null, cache.Version);
        cache.Keep(theirs, "them", [3], null, cache.Version);

        cache.ForgetOwner("me");

        Assert.False(cache.TryGet(mine, out _));
        Assert.False(cache.TryGet(mineToo, out _));
        Assert.True(cache.TryGet(theirs, out _));
    }
}
