using System.Collections.Concurrent;

namespace SelfCompassion.Common;

/// <summary>
/// One working-out at a time for each key. When something kept in memory runs out or changes, every request arriving
/// before it is kept again would work it out too: under load, dozens at once for the same person, each slowing the
/// others, which held pages for most of a second. Those arriving while it is being worked out wait for it instead.
/// A key should name exactly what is worked out (its version included), so that nobody arriving after a change joins
/// a working-out begun before it.
/// </summary>
public sealed class OneAtATime<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<TValue>> _working = new();

    /// <param name="workOut">Run by the first caller, with its own services; by a waiter only if the first one failed.</param>
    /// <param name="cancellationToken">This caller's cancellation: a waiter cancelled stops waiting (requests pass one that
    /// never fires, docs/adr/0014).</param>
    public async Task<TValue> RunAsync(TKey key, Func<Task<TValue>> workOut, CancellationToken cancellationToken)
    {
        while (true)
        {
            var mine = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
            var working = _working.GetOrAdd(key, mine.Task);
            if (working == mine.Task)
            {
                return await WorkOutAsync(key, mine, workOut);
            }
            try
            {
                return await working.WaitAsync(cancellationToken);
            }
            catch (Exception) when (working.Exception?.InnerException is OperationCanceledException)
            {
                // The first caller was cancelled: a new first caller is chosen among those still waiting, rather than
                // all of them working it out at once.
                _working.TryRemove(new KeyValuePair<TKey, Task<TValue>>(key, working));
            }
            catch (Exception) when (working.IsFaulted)
            {
                // It failed (a lost database, say): each waiter tries once for itself, as it would have alone, so a
                // failure is never waited for in a queue.
                return await workOut();
            }
        }
    }

    private async Task<TValue> WorkOutAsync(TKey key, TaskCompletionSource<TValue> mine, Func<Task<TValue>> workOut)
    {
        try
        {
            var value = await workOut();
            mine.SetResult(value);
            return value;
        }
        catch (Exception e)
        {
            mine.SetException(e);
            // Observed here, so that a fault nobody was waiting for is not reported as unobserved.
            _ = mine.Task.Exception;
            throw;
        }
        finally
        {
            _working.TryRemove(new KeyValuePair<TKey, Task<TValue>>(key, mine.Task));
        }
    }
}
