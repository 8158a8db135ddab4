using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;

namespace SelfCompassion.Common;

/// <summary>A key for something kept about one person: whose it is, so that all of theirs can be dropped at once.</summary>
public interface IPersonKey
{
    string OwnerId { get; }
}

/// <summary>Something that keeps what it worked out for people, and can drop all of one person's (their account was deleted).</summary>
public interface IForgetsPerson
{
    void Forget(string ownerId);
}

/// <summary>
/// What was worked out for a person, kept in this instance under a key that names its version (see
/// ProgressStamp), so a change anywhere means a new key and the kept value is never served once untrue. Bounded in
/// number and kept for a few minutes at most; a deleted account's are dropped at once. When a value has to be worked
/// out, the views arriving meanwhile wait for that one working-out (<see cref="OneAtATime{TKey, TValue}"/>).
/// </summary>
public class KeptPerPerson<TKey, TValue>(int mostKept) : IForgetsPerson, IDisposable
    where TKey : IPersonKey
    where TValue : notnull
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromMinutes(10);

    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = mostKept });

    /// <summary>One switch per person with something kept, so that <see cref="Forget"/> can drop all of theirs.</summary>
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _owners = new();

    private readonly OneAtATime<TKey, TValue> _working = new();

    private readonly int _mostKept = mostKept;

    /// <param name="stillTrue">For a value that time alone can make untrue (a window that moves on): whether it still holds.</param>
    public async Task<TValue> GetOrWorkOutAsync(TKey key, Func<Task<TValue>> workOut, CancellationToken cancellationToken, Func<TValue, bool>? stillTrue = null)
    {
        if (TryGet(key, stillTrue, out var kept))
        {
            return kept;
        }
        var value = await WorkOutOnceAsync(key, workOut, stillTrue, cancellationToken);
        // A view that joined a working-out begun a moment before the value's time ran out gets a fresh one.
        return stillTrue is null || stillTrue(value) ? value : await WorkOutOnceAsync(key, workOut, stillTrue, cancellationToken);
    }

    private Task<TValue> WorkOutOnceAsync(TKey key, Func<Task<TValue>> workOut, Func<TValue, bool>? stillTrue, CancellationToken cancellationToken) =>
        _working.RunAsync(key, async () =>
        {
            // Kept by a working-out that ended just before this one began.
            if (TryGet(key, stillTrue, out var justKept))
            {
                return justKept;
            }
            // Taken before working out: if the person is forgotten meanwhile, what was worked out is dropped, not kept.
            var forgotten = SwitchFor(key.OwnerId).Token;
            var value = await workOut();
            Keep(key, value, forgotten);
            return value;
        }, cancellationToken);

    private bool TryGet(TKey key, Func<TValue, bool>? stillTrue, out TValue value) =>
        _kept.TryGetValue(key, out value!) && (stillTrue is null || stillTrue(value));

    private CancellationTokenSource SwitchFor(string ownerId)
    {
        if (_owners.Count >= _mostKept * 2 && !_owners.ContainsKey(ownerId))
        {
            // More people than values kept: start again rather than let the switches grow without end.
            foreach (var owner in _owners.Keys)
            {
                Forget(owner);
            }
        }
        return _owners.GetOrAdd(ownerId, _ => new CancellationTokenSource());
    }

    private void Keep(TKey key, TValue value, CancellationToken forgotten)
    {
        var options = new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = KeepFor };
        options.ExpirationTokens.Add(new CancellationChangeToken(forgotten));
        _kept.Set(key, value, options);
    }

    public void Forget(string ownerId)
    {
        // Cancelled, never disposed: a value being kept at this moment may still hold the token, and is then dropped.
        if (_owners.TryRemove(ownerId, out var forgotten))
        {
            forgotten.Cancel();
        }
    }

    public void Dispose()
    {
        _kept.Dispose();
        GC.SuppressFinalize(this);
    }
}

public static class KeptPerPersonSetup
{
    /// <summary>One keeper for the whole instance, which deleting an account reaches too (every <see cref="IForgetsPerson"/>).</summary>
    public static IServiceCollection AddKeeper<TKeeper>(this IServiceCollection services)
        where TKeeper : class, IForgetsPerson =>
        services.AddSingleton<TKeeper>().AddSingleton<IForgetsPerson>(s => s.GetRequiredService<TKeeper>());
}
