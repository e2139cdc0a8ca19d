using System.Globalization;
using System.Text;

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
            context.Response.Headers.Location = LocalRedirect.Location(context.Request.PathBase + new PathString(path.ToLowerInvariant()), context.Request.QueryString);
            return;
        }

        await next(context);
    });
}

/// <summary>Builds the Location of a redirect within the site, whatever the request's path holds.</summary>
internal static class LocalRedirect
{
    /// <summary>
    /// A site-relative address that cannot leave the site and is a valid header value: the path keeps one
    /// leading slash ("//evil.com" or "/\evil.com" would name another host to a browser) and is
    /// percent-encoded (a non-ASCII or control character in a header makes the server fail the response).
    /// </summary>
    public static string Location(PathString path, QueryString query)
    {
        var value = path.Value ?? "/";
        var single = new PathString("/" + value.TrimStart('/', '\\'));
        return single.ToUriComponent() + Escape(query.Value ?? "");
    }

    /// <summary>
    /// Percent-encodes what is not printable ASCII in an already-encoded query string, byte by byte of its
    /// UTF-8 form: a raw control byte (<c>?x=\x01</c> sent unencoded) becomes <c>%01</c>, and a lone
    /// surrogate the replacement character, so the result is always a valid header value.
    /// </summary>
    public static string Escape(string query)
    {
        if (query.All(c => c is > ' ' and < '\u007f'))
        {
            return query;
        }

        var text = new StringBuilder(query.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(query))
        {
            _ = b is > 0x20 and < 0x7f ? text.Append((char)b) : text.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
