using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Accounts;

/// <summary>
/// Refuses an address that Identity's lookup would fold into another one: it composes before comparing, so a Kelvin
/// sign reads as K and an accent written apart joins its letter ("\u212Aate@" finds kate@'s account). Registered first
/// and never confirmed, such an address would keep the real owner from ever signing up. Any other letter of any script
/// is welcome (o'neill@, josé@).
/// </summary>
internal sealed class EmailFoldsCleanly : IUserValidator<ApplicationUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var email = user.Email ?? "";
        var composed = email.Normalize();
        var clean = composed == email && composed.ToUpperInvariant().ToLowerInvariant() == composed.ToLowerInvariant();
        return Task.FromResult(clean ? IdentityResult.Success : IdentityResult.Failed(manager.ErrorDescriber.InvalidEmail(email)));
    }
}
