namespace ModelCompare.Web.Hosting;

/// <summary>
/// The site only serves: GET and HEAD. Any other method is answered 405 (with Allow) before it reaches a
/// page, which would otherwise run with no handler for it (TRACE on a detail page rendered a page whose
/// handler never ran, and failed).
/// </summary>
internal static class ReadOnlyMethods
{
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var method = context.Request.Method;
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method) && !context.Request.Path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        return next(context);
    });
}
