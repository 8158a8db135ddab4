using SelfCompassion.Common;

namespace SelfCompassion.Tests.Services;

public class OneAtATimeTests
{
    private readonly OneAtATime<string, int> _once = new();
    private readonly TaskCompletionSource _release = new();
    private int _workedOut;

    private async Task<int> WorkOutAsync()
    {
        Interlocked.Increment(ref _workedOut);
        await _release.Task;
        return 42;
    }

    [Fact]
    public async Task Callers_arriving_while_a_value_is_worked_out_wait_for_it_instead_of_working_it_out_again()
    {
        var callers = Enumerable.Range(0, 8).Select(_ => _once.RunAsync("same", WorkOutAsync, CancellationToken.None)).ToList();
        _release.SetResult();

        Assert.All(await Task.WhenAll(callers), value => Assert.Equal(42, value));
        Assert.Equal(1, _workedOut);
        // Once done, the next caller works it out afresh: keeping values is the caller's business.
        Assert.Equal(42, await _once.RunAsync("same", WorkOutAsync, CancellationToken.None));
        Assert.Equal(2, _workedOut);
    }

    [Fact]
    public async Task When_the_first_callers_request_ends_one_waiter_works_it_out_for_the_others()
    {
        using var ended = new CancellationTokenSource();
        var first = _once.RunAsync("same", async () =>
        {
            await Task.Delay(Timeout.Infinite, ended.Token);
            return 0;
        }, ended.Token);
        var waiters = Enumerable.Range(0, 8).Select(_ => _once.RunAsync("same", WorkOutAsync, CancellationToken.None)).ToList();

        await ended.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        _release.SetResult();

        Assert.All(await Task.WhenAll(waiters), value => Assert.Equal(42, value));
        Assert.Equal(1, _workedOut);
    }

    [Fact]
    public async Task When_the_first_working_out_fails_each_waiter_tries_once_for_itself()
    {
        var first = _once.RunAsync("same", async () =>
        {
            await _release.Task;
            throw new InvalidOperationException("the database is away");
        }, CancellationToken.None);
        var waiting = _once.RunAsync("same", () => Task.FromResult(7), CancellationToken.None);
        _release.SetResult();

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        Assert.Equal(7, await waiting);
    }

    [Fact]
    public async Task A_waiter_whose_request_ends_stops_waiting()
    {
        var first = _once.RunAsync("same", WorkOutAsync, CancellationToken.None);
        using var ended = new CancellationTokenSource();
        var waiting = _once.RunAsync("same", WorkOutAsync, ended.Token);

        await ended.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        _release.SetResult();
        Assert.Equal(42, await first);
    }

    [Fact]
    public async Task Different_keys_are_worked_out_side_by_side()
    {
        var one = _once.RunAsync("one", WorkOutAsync, CancellationToken.None);
        var other = _once.RunAsync("other", () => Task.FromResult(1), CancellationToken.None);

        Assert.Equal(1, await other);
        _release.SetResult();
        Assert.Equal(42, await one);
    }
}
