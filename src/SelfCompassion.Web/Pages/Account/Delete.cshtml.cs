using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SelfCompassion.Accounts;
using SelfCompassion.Portability;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Deleting the account and everything in it, after the password (and a code, with two-step sign-in on).</summary>
public class DeleteModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountDeletion deletion, IOutputCacheStore cache) : PageModel
{
    public const string JustDeleted = "just-deleted";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool AsksForCode { get; private set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Passwords here are at most {1} characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [StringLength(20, ErrorMessage = "Please type the six-digit code from your app, or a recovery code.")]
        public string? Code { get; set; }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        AsksForCode = user.TwoFactorEnabled;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        AsksForCode = user.TwoFactorEnabled;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await deletion.DeleteAsync(user, Input.Password, Input.Code, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, nameof(Input));
            return Page();
        }
        await signIn.SignOutAsync();
        // Guide pages kept for readers may show this person's replies, which are gone now.
        await cache.EvictByTagAsync(GuideCache.Tag, cancellationToken);
        // The goodbye page then clears what this browser kept unsaved, as signing out does.
        TempData[JustDeleted] = "1";
        return RedirectToPage("/Account/Goodbye");
    }
}
