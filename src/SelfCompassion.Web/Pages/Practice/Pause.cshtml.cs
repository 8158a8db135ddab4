using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class PauseModel(PracticeService practices) : PracticePageModel(practices)
{
    protected override PracticeKind Kind => PracticeKind.Pause;
}
