using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Consent;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// The journal, practices, progress and the safety plan hold health data: until the person has consented to the current
/// privacy notice, these pages lead to the consent step first, and back afterwards. A page marked readable on an earlier
/// consent (the safety plan, reached from the crisis panel on the hardest nights) opens for reading on any consent the
/// person has given; only saving waits for the new notice. A page whose other handlers hold nothing new (the data page,
/// where taking a copy out must never wait) names the one handler that brings health data in.
/// </summary>
internal sealed class ConsentRequired(bool readableOnEarlierConsent = false, string? onlyHandler = null) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        var given = user.FindFirst(DisplayNameClaimsFactory.ConsentClaim)?.Value;
        var request = context.HttpContext.Request;
        var reading = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
        var applies = onlyHandler is null || string.Equals(context.HandlerMethod?.Name, onlyHandler, StringComparison.Ordinal);
        if (applies && user.Identity?.IsAuthenticated == true && given != PrivacyNotice.Version && !(reading && readableOnEarlierConsent && given is not null))
        {
            // Back to the page itself, which every one of these also shows on GET, rather than somewhere else: a form
            // that keeps a draft in the browser finds its words there again.
            context.Result = new RedirectResult($"/account/consent?returnUrl={Uri.EscapeDataString(request.Path.Value ?? "/")}");
            return Task.CompletedTask;
        }
        return next();
    }
}
