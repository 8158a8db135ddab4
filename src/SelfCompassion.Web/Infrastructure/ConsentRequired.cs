using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using SelfCompassion.Accounts;
using SelfCompassion.Accounts.Consent;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// The journal, practices and progress hold health data: until the person has consented to the current privacy
/// notice, these pages lead to the consent step first, and back afterwards.
/// </summary>
internal sealed class ConsentRequired : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var user = context.HttpContext.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirst(DisplayNameClaimsFactory.ConsentClaim)?.Value != PrivacyNotice.Version)
        {
            var request = context.HttpContext.Request;
            var back = HttpMethods.IsGet(request.Method) ? request.Path.Value : "/journal";
            context.Result = new RedirectResult($"/account/consent?returnUrl={Uri.EscapeDataString(back ?? "/")}");
            return Task.CompletedTask;
        }
        return next();
    }
}
