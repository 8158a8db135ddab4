namespace SelfCompassion.Web;

/// <summary>The header's main sections. A feature adds itself here when its pages exist, so no link leads nowhere.</summary>
public static class Navigation
{
    public sealed record Section(string Name, string Path);

    public static IReadOnlyList<Section> Sections { get; } =
    [
        new("Guide", "/guide"),
        new("Journal", "/journal"),
        new("Practice", "/practice"),
        new("Progress", "/progress"),
    ];

    public static bool IsCurrent(PathString requestPath, string sectionPath) =>
        requestPath.StartsWithSegments(sectionPath, StringComparison.OrdinalIgnoreCase);
}
