using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

public class LoginWithTwoFactorModel(AccountSignIn signIn) : SignInStepModel
{
    public const string WrongCode =
        "That code didn't work. Codes change every 30 seconds and each works once: please type the newest one from your app.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    public bool RememberMe { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Please type the six-digit code from your authenticator app.")]
        [StringLength(9, ErrorMessage = "Please type the six-digit code from your authenticator app.")]
        public string Code { get; set; } = "";

        public bool RememberBrowser { get; set; }
    }

    public async Task<IActionResult> OnGetAsync(bool rememberMe, string? returnUrl = null)
    {
        if (signIn.SomeoneSignedInHere() || !await signIn.HasPendingSecondStepAsync())
        {
            return RedirectToPage("/Account/Login");
        }
        (RememberMe, ReturnUrl) = (rememberMe, returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool rememberMe, string? returnUrl = null)
    {
        (RememberMe, ReturnUrl) = (rememberMe, returnUrl);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var outcome = await signIn.AuthenticatorCodeAsync(Input.Code, rememberMe, Input.RememberBrowser, PublicOrigin.Of(HttpContext));
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
