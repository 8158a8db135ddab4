using System.Collections.Concurrent;

namespace SelfCompassion.Common;

/// <summary>
/// One working-out at a time for each key. When something kept in memory runs out or changes, every request arriving
/// before it is kept again would work it out too: under load, dozens at once for the same person, each slowing the
/// others, which held pages for most of a second. Those arriving while it is being worked out wait for it instead;
/// if the one working it out fails or its request ends, each of them works it out for itself.
/// </summary>
public sealed class OneAtATime<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Task<TValue>> _working = new();

    public async Task<TValue> RunAsync(TKey key, Func<Task<TValue>> workOut)
    {
        var mine = new TaskCompletionSource<TValue>(TaskCreationOptions.RunContinuationsAsynchronously);
        var working = _working.GetOrAdd(key, mine.Task);
        if (working != mine.Task)
        {
            try
            {
                return await working;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                return await workOut();
            }
        }
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
