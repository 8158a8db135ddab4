using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

public class LoginWithRecoveryCodeModel(AccountSignIn signIn) : SignInStepModel
{
    public const string WrongCode = "That recovery code didn't work. Each code works only once; please check it, or try another from your list.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Please type one of your recovery codes.")]
        [StringLength(20, ErrorMessage = "Recovery codes are eleven characters, like ab12c-3de45.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        if (signIn.SomeoneSignedInHere() || !await signIn.HasPendingSecondStepAsync())
        {
            return RedirectToPage("/Account/Login");
        }
        ReturnUrl = returnUrl;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await signIn.RecoveryCodeAsync(Input.Code, PublicOrigin.Of(HttpContext));
        if (outcome == SignInOutcome.AlreadySignedIn)
        {
            return RedirectToPage("/Account/Login", new { returnUrl });
        }
        if (outcome != SignInOutcome.SignedIn)
        {
            CountFailure();
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Code)}", WrongCode);
            return Page();
        }
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
