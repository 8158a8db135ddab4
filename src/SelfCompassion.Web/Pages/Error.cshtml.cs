using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SelfCompassion.Guide;

namespace SelfCompassion.Web.Pages;

/// <summary>
/// The friendly page for every failure: status-code pages and the exception handler re-execute here,
/// whatever the original method, so it must answer any verb and never need an antiforgery token.
/// </summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public class ErrorModel(ArticleLibrary articles) : PageModel
{
    /// <summary>On a missing guide page, the articles that do exist.</summary>
    public IReadOnlyList<Article> Articles { get; private set; } = [];

    public int Code { get; private set; }

    /// <summary>
    /// A missing journal entry: deleted (perhaps by the same button pressed twice, or in another tab), or an old link.
    /// Said as such, with the way back to the journal, rather than as a mistyped address.
    /// </summary>
    public bool EntryMissing { get; private set; }

    /// <summary>How long a pause asks to wait, in words, from the Retry-After the limit set.</summary>
    public string WaitDescription =>
        int.TryParse(Response.Headers.RetryAfter, out var seconds) && seconds > 90
            ? $"about {Math.Ceiling(seconds / 60.0):0} minutes"
            : "a minute";

    public string Title => Code switch
    {
        404 when EntryMissing => "That entry isn't here",
        404 => "Page not found",
        400 => "Let's try that again",
        403 => "This page isn't open to your account",
        429 => "Let's take a short pause",
        503 => "We'll be back shortly",
        _ => "Something went wrong",
    };

    public IActionResult OnGet(int? code) => Render(code);

    public IActionResult OnPost(int? code) => Render(code);

    public IActionResult OnPut(int? code) => Render(code);

    public IActionResult OnDelete(int? code) => Render(code);

    private IActionResult Render(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || HttpContext.Features.Get<IExceptionHandlerFeature>() is not null;
        if (reExecuted)
        {
            Code = Response.StatusCode;
            var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? "";
            if (Code == StatusCodes.Status404NotFound && original.StartsWith("/guide", StringComparison.OrdinalIgnoreCase))
            {
                Articles = articles.All;
            }
            EntryMissing = Code == StatusCodes.Status404NotFound && User.Identity?.IsAuthenticated == true
                && original.StartsWith("/journal/", StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            // Visited directly: show the page the code names, with that status.
            Code = code is >= 400 and <= 599 ? code.Value : StatusCodes.Status404NotFound;
            Response.StatusCode = Code;
        }
        return Page();
    }
}
