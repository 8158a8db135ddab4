using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Data;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Keeps each sign-in on the server (see docs/adr/0007): the cookie carries only a session id, and the ticket itself,
/// protected by Data Protection, lives in PostgreSQL. Signing out deletes the row, so a copied cookie stops working at
/// once, on every instance.
/// </summary>
internal sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection) : ITicketStore
{
    /// <summary>The claim that tells a page which session it is (to keep it when signing the others out).</summary>
    public const string SessionClaim = "session_id";

    private readonly IDataProtector _protector = protection.CreateProtector("SelfCompassion.Sessions.v1");

    public static Guid? SessionOf(ClaimsPrincipal user) => Guid.TryParse(user.FindFirstValue(SessionClaim), out var id) ? id : null;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => WithScope(s => StoreAsync(ticket, s, CancellationToken.None));

    public Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        StoreAsync(ticket, httpContext.RequestServices, cancellationToken);

    public Task RenewAsync(string key, AuthenticationTicket ticket) =>
        WithScope(async s => { await RenewAsync(key, ticket, s, CancellationToken.None); return 0; });

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken) =>
        RenewAsync(key, ticket, httpContext.RequestServices, cancellationToken);

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => WithScope(s => RetrieveAsync(key, s, CancellationToken.None));

    /// <summary>
    /// While the database is away, the page that says so, and anything anyone may see (a stylesheet, the guide, a health
    /// check), is served as if signed out: reading the sign-in needs the database. The person stays signed in. Failing
    /// there instead left a signed-in person a blank 500, or the outage page without its stylesheet (docs/adr/0017).
    /// </summary>
    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        if (httpContext.Features.Get<IExceptionHandlerFeature>() is { } failure && DatabaseUnavailable.Is(failure.Error))
        {
            return null;
        }
        try
        {
            return await RetrieveAsync(key, httpContext.RequestServices, cancellationToken);
        }
        catch (Exception ex) when (DatabaseUnavailable.Is(ex) && OpenToAnyone(httpContext))
        {
            httpContext.RequestServices.GetRequiredService<DatabaseOutage>().Report(ex);
            return null;
        }
    }

    private static bool OpenToAnyone(HttpContext context) =>
        context.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<IAuthorizeData>() is null || metadata.GetMetadata<IAllowAnonymous>() is not null);

    public Task RemoveAsync(string key) => WithScope(async s => { await RemoveAsync(key, s, CancellationToken.None); return 0; });

    public Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken) =>
        RemoveAsync(key, httpContext.RequestServices, cancellationToken);

    private async Task<string> StoreAsync(AuthenticationTicket ticket, IServiceProvider services, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        await services.GetRequiredService<SessionStore>().CreateAsync(id, OwnerOf(ticket), Protect(ticket, id), ticket.Properties.ExpiresUtc, cancellationToken);
        return id.ToString("N");
    }

    private static string OwnerOf(AuthenticationTicket ticket) => ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)
        ?? throw new InvalidOperationException("A sign-in without a user can't be kept.");

    private async Task RenewAsync(string key, AuthenticationTicket ticket, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Guid.TryParseExact(key, "N", out var id))
        {
            await services.GetRequiredService<SessionStore>().RenewAsync(id, OwnerOf(ticket), Protect(ticket, id), ticket.Properties.ExpiresUtc, cancellationToken);
        }
    }

    private async Task<AuthenticationTicket?> RetrieveAsync(string key, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id)
            || await services.GetRequiredService<SessionStore>().FindAsync(id, cancellationToken) is not { } stored)
        {
            return null;
        }
        return TicketSerializer.Default.Deserialize(_protector.Unprotect(stored));
    }

    private static Task RemoveAsync(string key, IServiceProvider services, CancellationToken cancellationToken) =>
        Guid.TryParseExact(key, "N", out var id) ? services.GetRequiredService<SessionStore>().RemoveAsync(id, cancellationToken) : Task.CompletedTask;

    /// <summary>The ticket with its session id among its claims, serialized and protected.</summary>
    private byte[] Protect(AuthenticationTicket ticket, Guid id)
    {
        if (ticket.Principal.Identity is ClaimsIdentity identity)
        {
            foreach (var old in identity.FindAll(SessionClaim).ToList())
            {
                identity.RemoveClaim(old);
            }
            identity.AddClaim(new Claim(SessionClaim, id.ToString("N")));
        }
        return _protector.Protect(TicketSerializer.Default.Serialize(ticket));
    }

    private async Task<T> WithScope<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
