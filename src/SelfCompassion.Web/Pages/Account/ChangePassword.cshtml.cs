using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

public class ChangePasswordModel(UserManager<ApplicationUser> users, AccountProfile profile) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? StatusMessage { get; set; }

    public class InputModel
    {
        [Required(ErrorMessage = "Please enter your current password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Passwords here are at most {1} characters.")]
        [DataType(DataType.Password)]
        public string OldPassword { get; set; } = "";

        [Required(ErrorMessage = "Please choose a new password.")]
        [StringLength(PasswordRules.MaximumLength, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = AccountMessages.PasswordLength)]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Please type the new password a second time.")]
        [DataType(DataType.Password)]
        [Compare(nameof(NewPassword), ErrorMessage = AccountMessages.PasswordsDiffer)]
        public string ConfirmPassword { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await profile.ChangePasswordAsync(user, Input.OldPassword, Input.NewPassword, DatabaseTicketStore.SessionOf(User));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? $"{nameof(Input)}.{nameof(InputModel.OldPassword)}"
                    : AccountMessages.FieldFor(error, nameof(Input), nameof(InputModel.NewPassword));
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        StatusMessage = "Your password is changed. Any other browser signed in to your account has been signed out.";
        return RedirectToPage();
    }
}
