using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Mail)]
public class ForgotPasswordModel(PasswordReset reset) : PageModel
{
    public const string Sent = "If an account uses that email, we've sent a link to choose a new password. It works for 24 hours.";

    [BindProperty]
    public EmailInput Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await reset.SendLinkAsync(Input.Email, PublicOrigin.Of(HttpContext), cancellationToken);
        StatusMessage = Sent;
        return RedirectToPage();
    }
}
