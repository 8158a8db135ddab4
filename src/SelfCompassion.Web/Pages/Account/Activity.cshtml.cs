using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>The account's last 90 days: sign-ins, failed tries, changes to how it is guarded, and data taken out or brought in.</summary>
public class ActivityModel(AccountActivity activity) : SignedInPageModel
{
    public IReadOnlyList<ActivityView> Events { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Events = await activity.ListAsync(cancellationToken);

    public static string Describe(AccountEventKind kind) => kind switch
    {
        AccountEventKind.SignedIn => "Signed in",
        AccountEventKind.SignInFailed => "A sign-in that didn't succeed",
        AccountEventKind.SignedOut => "Signed out",
        AccountEventKind.SessionEnded => "A browser was signed out from your sessions page",
        AccountEventKind.PasswordChanged => "Password changed",
        AccountEventKind.PasswordReset => "Password reset with an email link",
        AccountEventKind.TwoFactorTurnedOn => "Two-step sign-in turned on",
        AccountEventKind.TwoFactorTurnedOff => "Two-step sign-in turned off",
        AccountEventKind.RecoveryCodesRenewed => "New recovery codes made",
        AccountEventKind.RecoveryCodeUsed => "Signed in with a recovery code",
        AccountEventKind.DataExported => "Your data was downloaded",
        AccountEventKind.DataImported => "Data was brought in from a file",
        AccountEventKind.EntryDeleted => "A journal entry was deleted",
        AccountEventKind.ConsentGiven => "You agreed to the privacy notice",
        _ => kind.ToString(),
    };
}
