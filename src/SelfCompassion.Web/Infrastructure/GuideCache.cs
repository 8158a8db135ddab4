namespace SelfCompassion.Web.Infrastructure;

internal static class GuideCache
{
    /// <summary>Output-cache policy for the public guide pages (anonymous readers only, as the default policy does).</summary>
    public const string Policy = "guide";

    /// <summary>Evicted when a reply is approved, so it appears at once.</summary>
    public const string Tag = "guide";

    public const string ModeratorPolicy = "moderators";
}
