using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SelfCompassion.Accounts;
using SelfCompassion.Common;
using SelfCompassion.Guide;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Guide;

[EnableRateLimiting(RateLimits.Replies)]
public class ReplyModel(ArticleLibrary articles, GuideReplies replies) : PageModel
{
    public const string Thanks = "Thank you for your reply. It will appear once a moderator has read it.";

    [BindProperty]
    public ReplyInput Input { get; set; } = new();

    /// <summary>This form's own key: sent twice (pressed again while the first was on its way), it is held once.</summary>
    [BindProperty]
    public Guid? SaveKey { get; set; }

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Set after sending a reply whose words can mean the writer is in danger; the thanks comes after help.</summary>
    [TempData]
    public bool CrisisNoticed { get; set; }

    /// <summary>The same, for a reply that came back for a correction and may never be sent.</summary>
    public bool CrisisInForm { get; private set; }

    public Article Article { get; private set; } = default!;

    /// <summary>The browser draft of a reply to this article, forgotten once the reply is sent.</summary>
    public string Draft => $"guide-reply-{Article.Slug}";

    public IActionResult OnGet(string slug)
    {
        if (articles.Find(slug) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        SaveKey = Guid.NewGuid();
        // Signed-in readers find their display name filled in.
        Input.Name = User.FindFirst(DisplayNameClaimsFactory.DisplayNameClaim)?.Value;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (articles.Find(slug) is not { } article)
        {
            return NotFound();
        }
        Article = article;
        if (!ModelState.IsValid)
        {
            CrisisInForm = Input.SuggestsDanger();
            return Page();
        }
        var result = await replies.SubmitAsync(slug, Input, SaveKey, RateLimits.Address(HttpContext), cancellationToken);
        if (result.Status == OutcomeStatus.NotFound)
        {
            return NotFound();
        }
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            CrisisInForm = result.CrisisNoticed;
            return Page();
        }
        StatusMessage = Thanks;
        CrisisNoticed = result.CrisisNoticed;
        return RedirectToPage();
    }
}
