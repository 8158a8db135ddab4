using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class HistoryModel(PracticeSessions practices) : SignedInPageModel
{
    public IReadOnlyList<PracticeSummary> Sessions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Sessions = await practices.HistoryAsync(cancellationToken: cancellationToken);
}
