namespace SelfCompassion.Guide;

public sealed record ArticleHeading(string Id, string Text);

/// <summary>A guide article, parsed once at start-up from its Markdown file.</summary>
public sealed record Article(
    string Slug,
    string Title,
    string Summary,
    int Order,
    IReadOnlyList<string> Related,
    string Hero,
    string HeroAlt,
    DateOnly Updated,
    string Html,
    IReadOnlyList<ArticleHeading> Headings,
    int ReadingMinutes);
