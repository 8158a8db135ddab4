using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>A change to two-step sign-in that asks for the password first: turning it off, or new recovery codes.</summary>
public abstract class TwoFactorChangeModel(UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    [TempData]
    public string[]? RecoveryCodes { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Passwords here are at most {1} characters.")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is { TwoFactorEnabled: true } ? Page() : RedirectToPage("/Account/TwoFactor");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!await ChangeAsync(user))
        {
            var passwords = HttpContext.RequestServices.GetRequiredService<PasswordCheck>();
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Password)}", await passwords.RefusalAsync(user));
            return Page();
        }
        return RedirectToPage("/Account/TwoFactor");
    }

    /// <summary>Makes the change when the password is right; false when it isn't.</summary>
    protected abstract Task<bool> ChangeAsync(ApplicationUser user);
}
