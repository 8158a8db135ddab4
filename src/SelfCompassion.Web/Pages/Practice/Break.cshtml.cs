using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class BreakModel(PracticeSessions practices) : PracticePageModel(practices)
{
    protected override PracticeKind Kind => PracticeKind.Break;
}
