using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages.Account;

public class ConfirmEmailModel(UserManager<ApplicationUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    /// <summary>Signing in leads on to where the person was going when they signed up, if that is in this site.</summary>
    public string SignInLink { get; private set; } = "/account/login";

    public async Task<IActionResult> OnGetAsync(string? userId, string? code, string? returnUrl)
    {
        if (AccountLinks.IsLocalPath(returnUrl))
        {
            SignInLink = $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl!)}";
        }
        var token = EmailTokens.Decode(code);
        var user = string.IsNullOrEmpty(userId) || userId.Length > 64 ? null : await users.FindByIdAsync(userId);
        if (user is not null && token is not null)
        {
            var result = await users.ConfirmEmailAsync(user, token);
            Confirmed = result.Succeeded;
            if (Confirmed)
            {
                logger.LogInformation("User {UserId} confirmed their email", user.Id);
            }
        }
        if (!Confirmed)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Page();
    }
}
