using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class SessionModel(PracticeService practices) : SignedInPageModel
{
    public PracticeView Session { get; private set; } = default!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var owner = OwnerId;
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
