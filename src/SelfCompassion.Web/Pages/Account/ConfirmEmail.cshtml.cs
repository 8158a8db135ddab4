using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages.Account;

public class ConfirmEmailModel(UserManager<ApplicationUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? userId, string? code)
    {
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
