namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// A request's work runs to its end even when the visitor leaves first: RequestAborted, which pages hand to Core, never
/// fires. Npgsql cancels a command synchronously through a new connection while the command's thread waits for it, and
/// a few visitors leaving together stalled the whole app on the thread pool (docs/adr/0014).
/// </summary>
internal static class WorkRunsToTheEnd
{
    public static IApplicationBuilder UseWorkRunsToTheEnd(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestAborted = CancellationToken.None;
            return next(context);
        });
}
