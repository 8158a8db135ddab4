using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

[EnableRateLimiting(RateLimits.Mail)]
public class ResendConfirmationModel(AccountRegistration registration) : PageModel
{
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
        await registration.ResendConfirmationAsync(Input.Email, PublicOrigin.Of(HttpContext), cancellationToken);
        StatusMessage = "If that address has an account waiting to be confirmed, we've sent a new link. It works for 24 hours.";
        return RedirectToPage();
    }
}
