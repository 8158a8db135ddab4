using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Services;

/// <summary>The requests of one sign-in that fall due together share one security stamp check.</summary>
public sealed class StampChecksTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly TestClock _clock = new();
    private readonly StampChecks _checks;
    private readonly TaskCompletionSource<bool> _outcome = new();
    private readonly StampChecks.Ticket _ticket = new(Guid.NewGuid(), DateTimeOffset.UtcNow.AddMinutes(-2), "stamp-1");
    private int _checked;

    public StampChecksTests() => _checks = new StampChecks(_clock);

    private async Task<bool> CheckAsync()
    {
        Interlocked.Increment(ref _checked);
        return await _outcome.Task;
    }

    private Task<bool> DueAsync(StampChecks.Ticket? ticket = null) => _checks.CheckOnceAsync(ticket ?? _ticket, Minute, CheckAsync, CancellationToken.None);

    [Fact]
    public async Task Requests_due_together_share_one_check_and_a_passed_check_stands_for_its_ticket_for_its_interval()
    {
        var requests = Enumerable.Range(0, 32).Select(_ => DueAsync()).ToList();
        _outcome.SetResult(true);

        Assert.All(await Task.WhenAll(requests), Assert.True);
        Assert.Equal(1, _checked);
        // A straggler still holding the same ticket doesn't check again...
        Assert.True(await DueAsync());
        Assert.Equal(1, _checked);
        // ...until the interval has passed on the app's clock.
        _clock.Freeze(DateTimeOffset.UtcNow.AddSeconds(61));
        Assert.True(await DueAsync());
        Assert.Equal(2, _checked);
    }

    [Fact]
    public async Task Another_issue_time_session_or_stamp_is_checked_on_its_own()
    {
        _outcome.SetResult(true);
        await DueAsync();

        await DueAsync(_ticket with { Issued = _ticket.Issued.AddMinutes(1) });
        await DueAsync(_ticket with { Session = Guid.NewGuid() });
        await DueAsync(_ticket with { Stamp = "stamp-2" });

        Assert.Equal(4, _checked);
    }

    [Fact]
    public async Task A_failed_check_ends_the_sign_in_for_every_request_waiting_on_it_and_is_not_remembered()
    {
        var requests = Enumerable.Range(0, 8).Select(_ => DueAsync()).ToList();
        _outcome.SetResult(false);

        Assert.All(await Task.WhenAll(requests), Assert.False);
        Assert.Equal(1, _checked);
        Assert.False(await DueAsync());
        Assert.Equal(2, _checked);
    }

    public void Dispose() => _checks.Dispose();
}
