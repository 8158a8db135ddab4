using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Common;
using SelfCompassion.Data;
using SelfCompassion.Email;
using SelfCompassion.Protection;

namespace SelfCompassion.Portability;

/// <summary>
/// Deletes an account and everything of it, in one transaction: journal, reframes, practices, letters, check-ins,
/// consents, sessions, activity (all through the database's cascades from the account), the person's guide replies
/// and any mail still waiting for them. Afterwards no table holds anything of theirs.
/// </summary>
public sealed class AccountDeletion(AppDbContext db, UserManager<ApplicationUser> users, PasswordCheck passwords,
    TextCipher cipher, SessionCache sessions, IEnumerable<IForgetsPerson> kept, ILogger<AccountDeletion> logger)
{
    public async Task<Outcome> DeleteAsync(ApplicationUser user, string password, string? code, CancellationToken cancellationToken = default)
    {
        if (!await passwords.IsRightAsync(user, password))
        {
            return Outcome.Invalid([new FieldError("Password", await passwords.RefusalAsync(user))]);
        }
        if (user.TwoFactorEnabled && !await SecondStepAsync(user, code))
        {
            // Counted as a wrong code at sign-in is, so a browser left signed in can't be used to guess codes.
            await users.AccessFailedAsync(user);
            return Outcome.Invalid([new FieldError("Code", "That code didn't work. Please type the newest code from your app, or one of your recovery codes.")]);
        }

        // One statement may cover a whole journal here, which can take longer than a page's query is allowed.
        db.Database.SetCommandTimeout(AppDbContextOptions.LongJob);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var email = user.Email!.ToLowerInvariant();
        await db.GuideReplies.Where(r => r.AuthorId == user.Id || r.Email == email).ExecuteDeleteAsync(cancellationToken);
        var recipient = MailOutbox.RecipientOf(cipher, email);
        await db.Set<OutboxMessage>().Where(m => m.RecipientFingerprint == recipient).ExecuteDeleteAsync(cancellationToken);
        var deleted = await users.DeleteAsync(user);
        if (deleted.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // The account is still marked for deleting here, outside the transaction that is now undone: let it go.
            db.ChangeTracker.Clear();
            if (!await db.Users.AsNoTracking().AnyAsync(u => u.Id == user.Id, cancellationToken))
            {
                // Pressed twice: the other request deleted the account, with everything in it, while this one waited.
                logger.LogInformation("Account {UserId} was already deleted by the same request sent again", user.Id);
                return Outcome.Done();
            }
            return Outcome.Invalid([new FieldError("Password",
                "Your account was changed somewhere else just now (perhaps in another tab), so nothing has been deleted. Please enter your password again.")]);
        }
        if (!deleted.Succeeded)
        {
            throw new InvalidOperationException("The account could not be deleted: " + string.Join(" ", deleted.Errors.Select(e => e.Code)));
        }
        await transaction.CommitAsync(cancellationToken);
        sessions.ForgetOwner(user.Id);
        foreach (var keeper in kept)
        {
            keeper.Forget(user.Id);
        }
        logger.LogInformation("Account {UserId} deleted with all its data", user.Id);
        return Outcome.Done();
    }

    private async Task<bool> SecondStepAsync(ApplicationUser user, string? code)
    {
        var cleaned = (code ?? "").Replace(" ", "", StringComparison.Ordinal);
        return cleaned.Length > 0
            && (await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, cleaned)
                || (await users.RedeemTwoFactorRecoveryCodeAsync(user, cleaned)).Succeeded);
    }
}
