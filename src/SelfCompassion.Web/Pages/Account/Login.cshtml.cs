using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

public class LoginModel(AccountSignIn signIn) : SignInStepModel
{
    public const string Refused =
        "That email and password don't match an account. After 5 tries in a row, sign-in pauses for 15 minutes to keep the account safe.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public string? ReturnUrl { get; private set; }

    public bool NeedsConfirmation { get; private set; }

    /// <summary>
    /// Sent here from the deletion page: a press of "Delete" that arrived after an earlier press had deleted the account
    /// (and ended its sign-in) lands here, and the person may wonder whether it worked.
    /// </summary>
    public bool FromDeletion => ReturnUrl is { } url && url.TrimEnd('/').Equals("/account/delete", StringComparison.OrdinalIgnoreCase);

    /// <summary>Someone is signed in here already: they sign out before anyone signs in (see <see cref="SignInOutcome.AlreadySignedIn"/>).</summary>
    public bool SignedInAlready => User.Identity?.IsAuthenticated == true;

    public class InputModel
    {
        [Required(ErrorMessage = AccountMessages.EmailRequired)]
        [StringLength(AccountMessages.EmailMaxLength, ErrorMessage = AccountMessages.EmailTooLong)]
        [EmailAddress(ErrorMessage = AccountMessages.EmailInvalid)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Please enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Passwords here are at most {1} characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Display(Name = "Keep me signed in")]
        public bool RememberMe { get; set; }
    }

    public void OnGet(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await signIn.SignInAsync(Input.Email, Input.Password, Input.RememberMe, PublicOrigin.Of(HttpContext)))
        {
            case SignInOutcome.SignedIn:
                // Only ever back into this site: a crafted returnUrl must not lead somewhere else.
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
            case SignInOutcome.NeedsSecondStep:
                return RedirectToPage("/Account/LoginWithTwoFactor", new { returnUrl, rememberMe = Input.RememberMe });
            case SignInOutcome.AlreadySignedIn:
                return RedirectToPage("/Account/Login", new { returnUrl });
            case SignInOutcome.NeedsConfirmation:
                NeedsConfirmation = true;
                return Page();
            default:
                CountFailure();
                ModelState.AddModelError(string.Empty, Refused);
                return Page();
        }
    }
}
