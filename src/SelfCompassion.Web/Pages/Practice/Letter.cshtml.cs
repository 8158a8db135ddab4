using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class LetterModel(PracticeSessions practices) : PracticePageModel(practices)
{
    protected override PracticeKind Kind => PracticeKind.Letter;
}
