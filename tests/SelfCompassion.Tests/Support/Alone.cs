namespace SelfCompassion.Tests.Support;

/// <summary>Tests that measure time run with nothing else beside them, so the other tests' work isn't in their figures.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class Alone
{
    public const string Name = "Alone";
}
