using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Tests.Services;

/// <summary>The requests of one sign-in that fall due together share one security stamp check.</summary>
public sealed class StampChecksTests : IDisposable
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    private readonly StampChecks _checks = new();
    private readonly TaskCompletionSource<bool> _outcome = new();
    private readonly Guid _session = Guid.NewGuid();
    private readonly DateTimeOffset _issued = DateTimeOffset.UtcNow.AddMinutes(-2);
    private int _checked;

    private async Task<bool> CheckAsync()
    {
        Interlocked.Increment(ref _checked);
        return await _outcome.Task;
    }

    private Task<bool> DueAsync(DateTimeOffset? issued = null) =>
        _checks.CheckOnceAsync(_session, issued ?? _issued, Minute, CheckAsync, CancellationToken.None);

    [Fact]
    public async Task Requests_due_together_share_one_check_and_a_passed_check_stands_for_its_ticket()
    {
        var requests = Enumerable.Range(0, 32).Select(_ => DueAsync()).ToList();
        _outcome.SetResult(true);

        Assert.All(await Task.WhenAll(requests), Assert.True);
        Assert.Equal(1, _checked);
        // A straggler still holding the same ticket doesn't check again; the renewed ticket (a new issue time) does.
        Assert.True(await DueAsync());
        Assert.Equal(1, _checked);
        Assert.True(await DueAsync(_issued.AddMinutes(1)));
        Assert.Equal(2, _checked);
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
