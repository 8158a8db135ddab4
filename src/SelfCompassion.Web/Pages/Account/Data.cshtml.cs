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
            ModelState.AddModelError("Export.Password", await passwords.RefusalAsync(user));
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
            ModelState.AddModelError("Import.Password", await passwords.RefusalAsync(user));
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
        // Only what was added is named: a second import of the same file adds nothing, and says so plainly.
        var parts = new[]
        {
            Counted(added.Entries, "thought record"), Counted(added.Reframes, "reframe"), Counted(added.Practices, "practice"),
            Counted(added.CheckIns, "check-in"), added.SafetyPlan ? "your safety plan" : null,
        }.OfType<string>().ToList();
        StatusMessage = parts.Count == 0
            ? "Everything in this file was already here, so nothing has changed."
            : $"Brought in {(parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " and " + parts[^1])}." +
                (added.AlreadyHere switch { 0 => "", 1 => " 1 was already here and is unchanged.", var n => $" {n} were already here and are unchanged." });
        return RedirectToPage();
    }

    private static string? Counted(int count, string noun) => count == 0 ? null : $"{count} {noun}{(count == 1 ? "" : "s")}";
}
