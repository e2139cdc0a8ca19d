namespace ModelCompare.Web.Hosting;

/// <summary>
/// Every page address is lowercase; a GET or HEAD for a path with capitals is sent to the lowercase
/// one with 301, so links and old bookmarks land on the canonical page. The query string is kept.
/// </summary>
internal static class LowercaseUrls
{
    public static IApplicationBuilder UseLowercaseUrls(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value;
        if (path is not null
            && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && path.Any(char.IsAsciiLetterUpper))
        {
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = context.Request.PathBase + path.ToLowerInvariant() + context.Request.QueryString;
            return;
        }

        await next(context);
    });
}
