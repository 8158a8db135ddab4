using Microsoft.AspNetCore.Identity;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.TwoFactor;

namespace SelfCompassion.Web.Pages.Account;

public class TwoFactorCodesModel(UserManager<ApplicationUser> users, AccountTwoFactor twoFactor) : TwoFactorChangeModel(users)
{
    protected override async Task<bool> ChangeAsync(ApplicationUser user)
    {
        if (await twoFactor.NewRecoveryCodesAsync(user, Input.Password) is not { } codes)
        {
            return false;
        }
        RecoveryCodes = [.. codes];
        StatusMessage = "Here are your new recovery codes. The old ones no longer work.";
        return true;
    }
}
