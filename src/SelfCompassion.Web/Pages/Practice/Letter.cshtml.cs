using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class LetterModel(PracticeService practices) : PracticePageModel(practices)
{
    protected override PracticeKind Kind => PracticeKind.Letter;
}
