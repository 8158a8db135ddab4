namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// A request's work runs to its end even when the visitor leaves first: the RequestAborted that pages hand to Core as
/// their cancellation token is replaced by one that never fires (docs/adr/0014). Npgsql cancels a running command by
/// opening a new connection to PostgreSQL and waiting for the server, synchronously (npgsql/npgsql#3696, #5070), and
/// the command's own thread then waits for that to finish. When visitors left mid-request together, those waits took
/// every thread the pool had, and every request in the app stood still for the half second or more the pool takes to
/// add one. Every query here takes milliseconds and has a command timeout, so finishing it costs less than cancelling.
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
