using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using SelfCompassion.Accounts.Consent;

namespace SelfCompassion.Accounts;

/// <summary>
/// Puts the display name, time zone and consented notice version in the sign-in, so pages greet, date and check
/// consent without a query.
/// </summary>
public sealed class DisplayNameClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options,
    PrivacyConsent consent)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "display_name";
    public const string TimeZoneClaim = "time_zone";

    /// <summary>The privacy notice version the person has consented to, if any.</summary>
    public const string ConsentClaim = "consent";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        identity.AddClaim(new Claim(TimeZoneClaim, user.TimeZoneId));
        if (await consent.LatestVersionAsync(user.Id) is { } version)
        {
            identity.AddClaim(new Claim(ConsentClaim, version));
        }
        return identity;
    }
}
