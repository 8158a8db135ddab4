using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Signing out is a POST (a link or image elsewhere can't sign you out); GET offers the button.</summary>
public class LogoutModel(SignInManager<ApplicationUser> signIn, AccountActivity activity, ILogger<LogoutModel> logger) : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            await activity.RecordAsync(AccountEventKind.SignedOut);
        }
        // Ends this session on the server too: the cookie, even copied, opens nothing afterwards.
        await signIn.SignOutAsync();
        logger.LogInformation("User signed out");
        StatusMessage = "You've signed out. Take care of yourself.";
        return Redirect("/");
    }
}
