namespace SelfCompassion.Guide;

/// <summary>All guide articles, read and checked once at start-up, then served from memory.</summary>
public sealed class ArticleLibrary
{
    private readonly Dictionary<string, Article> _bySlug;

    public ArticleLibrary(IEnumerable<Article> articles)
    {
        All = articles.OrderBy(a => a.Order).ThenBy(a => a.Title, StringComparer.Ordinal).ToList();
        _bySlug = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in All)
        {
            if (!_bySlug.TryAdd(article.Slug, article))
            {
                throw new ArticleException($"Two articles share the slug '{article.Slug}'.");
            }
        }
        foreach (var article in All)
        {
            foreach (var related in article.Related.Where(r => !_bySlug.ContainsKey(r)))
            {
                throw new ArticleException($"'{article.Slug}' lists '{related}' as related, but no article has that slug.");
            }
        }
    }

    public IReadOnlyList<Article> All { get; }

    /// <summary>The article with exactly this slug; anything else (other case, dots, slashes, escapes) finds nothing.</summary>
    public Article? Find(string? slug) => slug is null ? null : _bySlug.GetValueOrDefault(slug);

    public IReadOnlyList<Article> RelatedTo(Article article) => article.Related.Select(slug => _bySlug[slug]).ToList();

    public static ArticleLibrary Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new ArticleException($"The guide's articles folder {folder} is missing.");
        }
        return new ArticleLibrary(Directory.GetFiles(folder, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(file => ArticleParser.Parse(Path.GetFileName(file), File.ReadAllText(file))));
    }
}
