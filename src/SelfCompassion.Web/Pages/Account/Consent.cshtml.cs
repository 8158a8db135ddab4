using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Consent;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Explicit consent to keep what the person writes, asked before their first entry or practice, and again for a new notice.</summary>
public class ConsentModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, PrivacyConsent consent) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; private set; }

    /// <summary>Whether the person consented to an earlier notice, so the page can say what changed is why it asks.</summary>
    public bool AskingAgain => User.FindFirst(DisplayNameClaimsFactory.ConsentClaim) is not null;

    public class InputModel
    {
        [Range(typeof(bool), "true", "true", ErrorMessage = "Please tick the box if you agree. Until then the journal and practices stay closed; the guide and help pages are always open.")]
        public bool Agree { get; set; }
    }

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null, CancellationToken cancellationToken = default)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await consent.GiveAsync(cancellationToken);
        // The sign-in carries the version consented to, so the pages that need it let the person in from now on.
        await signIn.RefreshSignInAsync(user);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/journal");
    }
}
