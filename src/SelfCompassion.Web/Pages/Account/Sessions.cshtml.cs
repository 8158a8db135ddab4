using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Account;

/// <summary>Every browser signed in to the account, and a way to sign any of them out.</summary>
public class SessionsModel(AccountSessions sessions) : SignedInPageModel
{
    public IReadOnlyList<SessionView> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sessions = await sessions.ListAsync(DatabaseTicketStore.SessionOf(User), cancellationToken);

    public async Task<IActionResult> OnPostEndAsync(Guid id, CancellationToken cancellationToken)
    {
        if (id == DatabaseTicketStore.SessionOf(User) || !await sessions.EndAsync(id, cancellationToken))
        {
            return NotFound();
        }
        StatusMessage = "That browser is signed out.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostEndOthersAsync(CancellationToken cancellationToken)
    {
        var ended = await sessions.EndOthersAsync(DatabaseTicketStore.SessionOf(User), cancellationToken);
        StatusMessage = ended == 0 ? "No other browser was signed in." : "Every other browser is signed out. This one stays signed in.";
        return RedirectToPage();
    }
}
