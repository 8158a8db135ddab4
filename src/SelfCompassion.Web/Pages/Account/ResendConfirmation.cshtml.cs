using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

public class ResendConfirmationModel(AccountRegistration registration) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = AccountMessages.EmailRequired)]
        [StringLength(AccountMessages.EmailMaxLength, ErrorMessage = AccountMessages.EmailTooLong)]
        [EmailAddress(ErrorMessage = AccountMessages.EmailInvalid)]
        public string Email { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await registration.ResendConfirmationAsync(Input.Email, AccountLinks.For(HttpContext), cancellationToken);
        StatusMessage = "If that address has an account waiting to be confirmed, we've sent a new link. It works for 24 hours.";
        return RedirectToPage();
    }
}
