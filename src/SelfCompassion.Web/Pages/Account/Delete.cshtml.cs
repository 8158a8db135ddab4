using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Portability;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Deleting the account and everything in it, after the password (and a code, with two-step sign-in on).</summary>
public class DeleteModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AccountDeletion deletion) : PageModel
{
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
        return RedirectToPage("/Account/Goodbye");
    }
}
