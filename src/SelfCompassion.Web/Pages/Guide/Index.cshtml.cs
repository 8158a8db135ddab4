using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using SelfCompassion.Guide;
using SelfCompassion.Web.Infrastructure;

namespace SelfCompassion.Web.Pages.Guide;

[OutputCache(PolicyName = GuideCache.Policy)]
public class IndexModel(ArticleLibrary articles) : PageModel
{
    public ArticleLibrary Articles => articles;

    public string Origin => PublicOrigin.Of(HttpContext);

    public void OnGet()
    {
    }
}
