using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class PauseModel(PracticeSessions practices) : PracticePageModel(practices)
{
    protected override PracticeKind Kind => PracticeKind.Pause;
}
