using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using SelfCompassion.Data;
using Serilog;

namespace SelfCompassion.Web.Infrastructure;

internal static class SelfCompassionPipeline
{
    public static WebApplication UseSelfCompassion(this WebApplication app)
    {
        // First, so nothing after it (the session store, pages, Core) is handed the visitor's token (docs/adr/0014).
        app.UseWorkRunsToTheEnd();
        app.UseShutdownDrain();
        app.UseSerilogRequestLogging(options =>
        {
            // The host's own logger: the process-wide static one is left silent (see Logging).
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // RequestPath never carries the query string, where email links keep their tokens.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // Logged after the error pages have answered, with the status the person saw: a 500 is an error, and a
            // 503 during an outage is told once by DatabaseOutage rather than as an error per request.
            options.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode == StatusCodes.Status500InternalServerError
                    ? Serilog.Events.LogEventLevel.Error
                    : Serilog.Events.LogEventLevel.Information;
        });
        if (app.Configuration.GetValue<bool>("ForwardedHeaders:Enabled"))
        {
            // Behind a TLS-terminating proxy the app must see the original scheme, or secure cookies and
            // antiforgery refuse the request. Enable this only when a proxy is the app's sole way in.
            // One proxy (compose's nginx) by default; two when a TLS proxy sits in front of nginx, so the rate limits see
            // each caller rather than that proxy. Never more hops than really exist: each one trusted is one a caller could forge.
            var forwarded = new ForwardedHeadersOptions
            {
                ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
                ForwardLimit = app.Configuration.GetValue("ForwardedHeaders:ForwardLimit", 1),
            };
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            app.UseForwardedHeaders(forwarded);
        }
        if (!app.Environment.IsDevelopment())
        {
            var outage = app.Services.GetRequiredService<DatabaseOutage>();
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // The error page gets its own services, so signing in is read afresh there rather than answered from
                // the request's failed attempt (see DatabaseTicketStore.RetrieveAsync).
                CreateScopeForErrors = true,
                StatusCodeSelector = ex => DatabaseUnavailable.Is(ex)
                    ? StatusCodes.Status503ServiceUnavailable
                    : StatusCodes.Status500InternalServerError,
                // A lost database is reported once by DatabaseOutage, not as a stack trace per request; bugs still are.
                SuppressDiagnosticsCallback = context =>
                {
                    var lost = DatabaseUnavailable.Is(context.Exception);
                    if (lost)
                    {
                        outage.Report(context.Exception);
                    }
                    return lost;
                },
            });
            app.UseHsts();
        }
        app.UseAllowedMethods();
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseMiddleware<SecurityHeaders>();

        app.UseRouting();
        app.UseCurrentDevice();
        app.UseAuthentication();
        app.UseCurrentOwner();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapGuideEndpoints();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
