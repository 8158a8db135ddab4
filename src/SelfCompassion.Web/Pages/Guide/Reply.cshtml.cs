using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Guide;

namespace SelfCompassion.Web.Pages.Guide;

public class ReplyModel(ArticleLibrary articles, GuideReplies replies) : PageModel
{
    public const string Thanks = "Thank you for your reply. It will appear once a moderator has read it.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public Article Article { get; private set; } = default!;

    public class InputModel
    {
        [Required(ErrorMessage = "Please add your name, or the name you'd like shown.")]
        [StringLength(GuideReply.NameMaxLength, ErrorMessage = "Please keep the name to {1} characters or fewer.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Please add your email address. It won't be published.")]
        [StringLength(GuideReply.EmailMaxLength, ErrorMessage = "That email address is longer than any we can use (254 characters at most).")]
        [EmailAddress(ErrorMessage = "Please enter an email address like name@example.com.")]
        public string? Email { get; set; }

        [Required(ErrorMessage = "Please write your reply.")]
        [StringLength(GuideReply.TextMaxLength, ErrorMessage = "Please keep your reply to 5,000 characters or fewer.")]
        public string? Text { get; set; }

        /// <summary>The honeypot: hidden from people, filled in only by robots.</summary>
        public string? Website { get; set; }
    }

    public IActionResult OnGet(string slug)
    {
        if (articles.Find(slug) is not { } article)
        {
            return NotFound();
        }
        Article = article;
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
            return Page();
        }
        var outcome = await replies.SubmitAsync(new ReplySubmission(
            slug, Input.Name!, Input.Email!, Input.Text!, Input.Website,
            HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown"), cancellationToken);
        if (outcome == ReplyOutcome.TooMany)
        {
            ModelState.AddModelError(string.Empty,
                "You've sent several replies in the last few minutes. Please wait a little while before sending another.");
            return Page();
        }
        StatusMessage = Thanks;
        return RedirectToPage();
    }
}
