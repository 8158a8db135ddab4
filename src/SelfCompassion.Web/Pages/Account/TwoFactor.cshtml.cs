using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.TwoFactor;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Two-step sign-in with an authenticator app: how it stands, and turning it on with a code from the app.</summary>
public class TwoFactorModel(UserManager<ApplicationUser> users, AccountTwoFactor twoFactor) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    /// <summary>Shown once, on the page after they are made.</summary>
    [TempData]
    public string[]? RecoveryCodes { get; set; }

    public bool IsOn { get; private set; }

    public int CodesLeft { get; private set; }

    public AuthenticatorSetup? Setup { get; private set; }

    public string? QrCode { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Please type the six-digit code your app shows.")]
        [StringLength(9, ErrorMessage = "Please type the six-digit code your app shows.")]
        public string Code { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is not { } user)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await twoFactor.TurnOnAsync(user, Input.Code, DatabaseTicketStore.SessionOf(User)) is not { } codes)
        {
            // Already on, and not this form sent again: there is nothing for a code to turn on.
            if (!IsOn)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Code)}",
                    "That code didn't work. Please type the newest code your app shows for SelfCompassion.");
            }
            return Page();
        }
        RecoveryCodes = [.. codes];
        StatusMessage = "Two-step sign-in is on. Any other browser signed in to your account has been signed out.";
        return RedirectToPage();
    }

    private async Task<ApplicationUser?> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return null;
        }
        IsOn = user.TwoFactorEnabled;
        if (IsOn)
        {
            CodesLeft = await twoFactor.RecoveryCodesLeftAsync(user);
        }
        else
        {
            Setup = await twoFactor.SetupAsync(user);
            QrCode = QrCodes.PngDataUri(Setup.Uri);
        }
        return user;
    }
}
