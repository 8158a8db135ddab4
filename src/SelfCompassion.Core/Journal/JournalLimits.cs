namespace SelfCompassion.Journal;

public static class JournalLimits
{
    public const int SituationMaxLength = 1_000;
    public const int ThoughtMaxLength = 2_000;
    public const int ReframeFieldMaxLength = 2_000;
    public const int SearchMaxLength = 200;
    public const int PageSize = 20;
    public const int PreviewLength = 140;
}
