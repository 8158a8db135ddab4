using SelfCompassion.Common;

namespace SelfCompassion.Progress;

/// <summary>
/// Reports already worked out in this instance, each filed under its person's <see cref="ProgressStamp"/> version:
/// a change anywhere moves the version on, so a kept report is only ever served while it is still true. Only numbers
/// and pattern names are kept, never anything a person wrote. A report is a few kilobytes; a busy instance keeps at
/// most 2,000.
/// </summary>
public sealed class ProgressCache() : KeptPerPerson<ProgressCache.Key, ProgressReport>(2000)
{
    /// <summary>The window starts on a whole minute, so a report worked out once holds for everyone asking in that minute.</summary>
    public sealed record Key(string OwnerId, ProgressRange Range, string Zone, DateTimeOffset Since, long Version) : IPersonKey;
}
