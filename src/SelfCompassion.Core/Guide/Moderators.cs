using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts;

namespace SelfCompassion.Guide;

/// <summary>The moderator role, and making people moderators (from configuration at start, or the make-moderator command).</summary>
public sealed class Moderators(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, ILogger<Moderators> logger)
{
    public const string Role = "Moderator";

    /// <summary>Makes the account with this email a moderator; false when there is no such account yet.</summary>
    public async Task<bool> GrantAsync(string email)
    {
        if (!await roles.RoleExistsAsync(Role))
        {
            await roles.CreateAsync(new IdentityRole(Role));
        }
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return false;
        }
        if (!await users.IsInRoleAsync(user, Role))
        {
            await users.AddToRoleAsync(user, Role);
            logger.LogInformation("User {UserId} is now a moderator", user.Id);
        }
        return true;
    }
}
