using SelfCompassion.Practice;

namespace SelfCompassion.Web.Pages.Practice;

public class FriendModel(PracticeSessions practices) : PracticePageModel(practices)
{
    protected override PracticeKind Kind => PracticeKind.Friend;
}
