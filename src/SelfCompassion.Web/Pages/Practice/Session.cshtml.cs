using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class SessionModel(PracticeSessions practices) : SignedInPageModel
{
    public PracticeView Session { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await practices.GetAsync(id, cancellationToken) is not { } session)
        {
            return NotFound();
        }
        Session = session;
        if (session.Kind == PracticeKind.Letter)
        {
            await practices.MarkRereadAsync(id, cancellationToken);
        }
        return Page();
    }
}
