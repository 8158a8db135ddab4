using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages.Account;

public class ResetPasswordModel(PasswordReset reset) : PageModel
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

        [Required(ErrorMessage = "Please choose a new password.")]
        [StringLength(PasswordRules.MaximumLength, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = AccountMessages.PasswordLength)]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Please type the new password a second time.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = AccountMessages.PasswordsDiffer)]
        public string ConfirmPassword { get; set; } = "";

        [Required]
        [StringLength(2048)]
        public string Code { get; set; } = "";
    }

    public IActionResult OnGet(string? code = null)
    {
        if (string.IsNullOrEmpty(code))
        {
            return RedirectToPage("/Account/ForgotPassword");
        }
        Input.Code = code;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            if (ModelState[$"{nameof(Input)}.{nameof(InputModel.Code)}"]?.Errors.Count > 0)
            {
                ModelState.AddModelError(string.Empty, ExpiredLink);
            }
            return Page();
        }
        var result = await reset.ResetAsync(Input.Email, Input.Code, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = AccountMessages.FieldFor(error, nameof(Input));
                ModelState.AddModelError(field, error.Code == "InvalidToken" ? ExpiredLink : error.Description);
            }
            return Page();
        }
        StatusMessage = "Your password is changed. You can sign in with it now.";
        return RedirectToPage("/Account/Login");
    }

    private const string ExpiredLink =
        "This reset link has expired or was changed. Please ask for a new one from the 'Forgotten your password?' page.";
}
