using SelfCompassion.Common;

namespace SelfCompassion.Tests.Services;

public class OneAtATimeTests
{
    [Fact]
    public async Task Callers_arriving_while_a_value_is_worked_out_wait_for_it_instead_of_working_it_out_again()
    {
        var once = new OneAtATime<string, int>();
        var release = new TaskCompletionSource();
        var workedOut = 0;
        async Task<int> WorkOut()
        {
            Interlocked.Increment(ref workedOut);
            await release.Task;
            return 42;
        }

        var callers = Enumerable.Range(0, 8).Select(_ => once.RunAsync("same", WorkOut)).ToList();
        release.SetResult();

        Assert.All(await Task.WhenAll(callers), value => Assert.Equal(42, value));
        Assert.Equal(1, workedOut);
        // Once done, the next caller works it out afresh: keeping values is the caller's business.
        Assert.Equal(42, await once.RunAsync("same", WorkOut));
        Assert.Equal(2, workedOut);
    }

    [Fact]
    public async Task When_the_first_working_out_fails_each_waiting_caller_works_it_out_for_itself()
    {
        var once = new OneAtATime<string, int>();
        var release = new TaskCompletionSource();
        var first = once.RunAsync("same", async () =>
        {
            await release.Task;
            throw new OperationCanceledException("the first request ended");
        });
        var waiting = once.RunAsync("same", () => Task.FromResult(7));
        release.SetResult();

        await Assert.ThrowsAsync<OperationCanceledException>(() => first);
        Assert.Equal(7, await waiting);
    }

    [Fact]
    public async Task Different_keys_are_worked_out_side_by_side()
    {
        var once = new OneAtATime<string, string>();
        var release = new TaskCompletionSource();
        var one = once.RunAsync("one", async () => { await release.Task; return "one"; });
        var other = once.RunAsync("other", () => Task.FromResult("other"));

        Assert.Equal("other", await other);
        release.SetResult();
        Assert.Equal("one", await one);
    }
}
