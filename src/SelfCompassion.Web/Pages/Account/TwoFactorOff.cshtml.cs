using Microsoft.AspNetCore.Identity;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.TwoFactor;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

public class TwoFactorOffModel(UserManager<ApplicationUser> users, AccountTwoFactor twoFactor) : TwoFactorChangeModel(users)
{
    protected override async Task<bool> ChangeAsync(ApplicationUser user)
    {
        if (!await twoFactor.TurnOffAsync(user, Input.Password, DatabaseTicketStore.SessionOf(User)))
        {
            return false;
        }
        StatusMessage = "Two-step sign-in is off. Your password alone signs you in again.";
        return true;
    }
}
