using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SelfCompassion.Guide;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Guide;

/// <summary>
/// An article, rendered on the server and cached for anonymous readers. The reply form lives on its own page, so this
/// one carries no per-visitor token and every reader can be served the same cached copy.
/// </summary>
[OutputCache(PolicyName = GuideCache.Policy)]
public class ArticleModel(ArticleLibrary articles, GuideReplies replies) : PageModel
{
    public Article Article { get; private set; } = default!;

    public IReadOnlyList<Article> Related { get; private set; } = [];

    public IReadOnlyList<PublishedReply> Replies { get; private set; } = [];

    public string Origin => PublicOrigin.Of(HttpContext);

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (articles.Find(slug) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        Related = articles.RelatedTo(article);
        Replies = await replies.ApprovedForAsync(slug, cancellationToken);
        return Page();
    }
}
