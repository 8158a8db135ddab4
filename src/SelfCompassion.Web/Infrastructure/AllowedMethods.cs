namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Pages here are read with GET (or HEAD) and changed with a form's POST; anything else (TRACE, PUT, PATCH...) is
/// answered 405 before it can reach a page that was never written for it.
/// </summary>
internal static class AllowedMethods
{
    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var method = context.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsPost(method))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.Headers.Allow = "GET, HEAD, POST";
        await context.Response.WriteAsync("This address answers GET and POST only.");
    });
}
