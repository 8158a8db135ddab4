using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SelfCompassion.Accounts;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

[EnableRateLimiting(RateLimits.SignUp)]
public class RegisterModel(AccountRegistration registration) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>Where the visitor was going (a guide's "Try it" door, say); they arrive there once signed in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SignInLink => AccountLinks.IsLocalPath(ReturnUrl) ? $"/account/login?returnUrl={Uri.EscapeDataString(ReturnUrl!)}" : "/account/login";

    public class InputModel
    {
        [Required(ErrorMessage = "Please tell us what you'd like to be called.")]
        [StringLength(ApplicationUser.DisplayNameMaxLength, ErrorMessage = "Please keep the name to {1} characters or fewer.")]
        [Display(Name = "Name")]
        public string DisplayName { get; set; } = "";

        [Required(ErrorMessage = AccountMessages.EmailRequired)]
        [StringLength(AccountMessages.EmailMaxLength, ErrorMessage = AccountMessages.EmailTooLong)]
        [EmailAddress(ErrorMessage = AccountMessages.EmailInvalid)]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Please choose a password.")]
        [StringLength(PasswordRules.MaximumLength, MinimumLength = PasswordRules.MinimumLength, ErrorMessage = AccountMessages.PasswordLength)]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Please type the password a second time.")]
        [DataType(DataType.Password)]
        [Compare(nameof(Password), ErrorMessage = AccountMessages.PasswordsDiffer)]
        public string ConfirmPassword { get; set; } = "";

        [StringLength(ApplicationUser.TimeZoneIdMaxLength)]
        public string? TimeZone { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await registration.RegisterAsync(
            new Registration(Input.DisplayName, Input.Email, Input.Password, Input.TimeZone, ReturnUrl),
            PublicOrigin.Of(HttpContext),
            cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(AccountMessages.FieldFor(error, "Input"), error.Description);
            }
            return Page();
        }
        return RedirectToPage("/Account/RegisterConfirmation");
    }
}
