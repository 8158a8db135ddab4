using Microsoft.AspNetCore.Identity;

namespace SelfCompassion.Accounts;

public class ApplicationUser : IdentityUser
{
    public const int DisplayNameMaxLength = 100;
    public const int TimeZoneIdMaxLength = 64;

    public string DisplayName { get; set; } = "";

    /// <summary>IANA time zone the user's dates are shown in; the browser supplies it at sign-up.</summary>
    public string TimeZoneId { get; set; } = "UTC";

    public DateTimeOffset CreatedAt { get; set; }
}
