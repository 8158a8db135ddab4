using System.Security.Claims;
using SelfCompassion.Practice;
using SelfCompassion.Web.Pages.Journal;

namespace SelfCompassion.Web.Pages.Practice;

public class HistoryModel(PracticeService practices) : JournalPageModel
{
    public IReadOnlyList<PracticeSummary> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sessions = await practices.HistoryAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken: cancellationToken);
}
