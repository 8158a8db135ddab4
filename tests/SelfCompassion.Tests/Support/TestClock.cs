namespace SelfCompassion.Tests.Support;

/// <summary>Real time, unless a test freezes it to make several things happen "at the same moment".</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? _frozen;

    public override DateTimeOffset GetUtcNow() => _frozen ?? base.GetUtcNow();

    public void Freeze(DateTimeOffset at) => _frozen = at;

    public void Thaw() => _frozen = null;
}
