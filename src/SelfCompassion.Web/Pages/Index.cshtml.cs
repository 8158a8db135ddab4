using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Pages;

public class IndexModel : PageModel
{
    [TempData]
    public string? StatusMessage { get; set; }

    public string DisplayName => User.FindFirst(DisplayNameClaimsFactory.DisplayNameClaim)?.Value ?? "friend";

    public void OnGet()
    {
    }
}
