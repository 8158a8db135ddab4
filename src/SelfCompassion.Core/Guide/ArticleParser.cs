using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SelfCompassion.Guide;

/// <summary>
/// Reads an article: a front matter block of "key: value" lines between "---" lines, then Markdown.
/// Raw HTML in the Markdown is not passed through; headings get ids for the table of contents.
/// </summary>
public static partial class ArticleParser
{
    private static readonly string[] Required = ["title", "slug", "summary", "order", "hero", "hero_alt", "updated"];

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseListExtras()
        .Build();

    public static Article Parse(string source, string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (lines.Length < 3 || lines[0].Trim() != "---")
        {
            throw new ArticleException($"{source}: it must start with a front matter block between '---' lines.");
        }
        var end = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (end < 0)
        {
            throw new ArticleException($"{source}: the front matter block is never closed with '---'.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines[1..end].Where(l => l.Trim().Length > 0))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new ArticleException($"{source}: '{line}' is not a 'key: value' line.");
            }
            fields[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        foreach (var key in Required.Where(k => string.IsNullOrWhiteSpace(fields.GetValueOrDefault(k))))
        {
            throw new ArticleException($"{source}: the front matter has no '{key}'.");
        }
        if (!SlugPattern().IsMatch(fields["slug"]))
        {
            throw new ArticleException($"{source}: the slug '{fields["slug"]}' may hold only a-z, 0-9 and '-'.");
        }
        if (!int.TryParse(fields["order"], CultureInfo.InvariantCulture, out var order))
        {
            throw new ArticleException($"{source}: 'order' must be a whole number.");
        }
        if (!DateOnly.TryParseExact(fields["updated"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var updated))
        {
            throw new ArticleException($"{source}: 'updated' must be a date like 2026-11-25.");
        }

        var markdown = string.Join('\n', lines[(end + 1)..]);
        var document = Markdown.Parse(markdown, Pipeline);
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.Level == 2)
            .Select(h => new ArticleHeading(h.GetAttributes().Id ?? "", InlineText(h.Inline)))
            .ToList();
        var words = WordPattern().Matches(markdown).Count;

        return new Article(
            fields["slug"],
            fields["title"],
            fields["summary"],
            order,
            (fields.GetValueOrDefault("related") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            fields["hero"],
            fields["hero_alt"],
            updated,
            document.ToHtml(Pipeline),
            headings,
            Math.Max(1, (int)Math.Ceiling(words / 200.0)));
    }

    private static string InlineText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"\b[\w'’-]+\b")]
    private static partial Regex WordPattern();
}

public sealed class ArticleException(string message) : SetupException(message);
