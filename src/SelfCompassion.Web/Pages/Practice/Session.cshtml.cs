using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Practice;
using SelfCompassion.Web.Pages.Journal;

namespace SelfCompassion.Web.Pages.Practice;

public class SessionModel(PracticeService practices) : JournalPageModel
{
    public PracticeView Session { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var session = await practices.GetAsync(owner, id, cancellationToken);
        if (session is null)
        {
            return NotFound();
        }
        Session = session;
        if (session.Kind == PracticeKind.Letter)
        {
            await practices.MarkRereadAsync(owner, id, cancellationToken);
        }
        return Page();
    }
}
