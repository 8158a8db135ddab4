using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using SelfCompassion.Accounts;
using SelfCompassion.Portability;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Your data: download everything, or bring a download back in. Each asks for the password first.</summary>
[EnableRateLimiting(RateLimits.Data)]
[RequestSizeLimit(AccountImport.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = AccountImport.MaxBytes + 1024 * 1024)]
public class DataModel(UserManager<ApplicationUser> users, PasswordCheck passwords, AccountExport export, AccountImport import) : PageModel
{
    public const string WrongPassword = "That password isn't right. Please try again.";

    [TempData]
    public string? StatusMessage { get; set; }

    public class ExportInput
    {
        [Required(ErrorMessage = "Please enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Passwords here are at most {1} characters.")]
        public string Password { get; set; } = "";
    }

    public class ImportInput
    {
        [Required(ErrorMessage = "Please choose the file you downloaded from this page.")]
        public IFormFile? File { get; set; }

        [Required(ErrorMessage = "Please enter your password.")]
        [StringLength(PasswordRules.MaximumLength, ErrorMessage = "Passwords here are at most {1} characters.")]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostExportAsync([Bind(Prefix = "Export")] ExportInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!await passwords.IsRightAsync(user, input.Password))
        {
            ModelState.AddModelError("Export.Password", WrongPassword);
            return Page();
        }
        var file = (await export.ExportAsync(cancellationToken)).Value!;
        return File(file.Content, "application/zip", file.Name);
    }

    public async Task<IActionResult> OnPostImportAsync([Bind(Prefix = "Import")] ImportInput input, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!await passwords.IsRightAsync(user, input.Password))
        {
            ModelState.AddModelError("Import.Password", WrongPassword);
            return Page();
        }
        await using var stream = input.File!.OpenReadStream();
        var result = await import.ImportAsync(stream, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors, "Import");
            return Page();
        }
        var added = result.Value!;
        StatusMessage = $"Brought in {added.Entries} thought {(added.Entries == 1 ? "record" : "records")}, {added.Reframes} {(added.Reframes == 1 ? "reframe" : "reframes")}, " +
            $"{added.Practices} {(added.Practices == 1 ? "practice" : "practices")} and {added.CheckIns} {(added.CheckIns == 1 ? "check-in" : "check-ins")}" +
            (added.SafetyPlan ? ", and your safety plan." : ".") +
            (added.AlreadyHere > 0 ? $" {added.AlreadyHere} were already here and are unchanged." : "");
        return RedirectToPage();
    }
}
