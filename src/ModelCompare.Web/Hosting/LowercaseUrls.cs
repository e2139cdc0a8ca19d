using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Every page address is lowercase and has no trailing slash; a GET or HEAD for any other spelling is
/// sent to the canonical one with a single 301, so links and old bookmarks land on the canonical page
/// in one hop. The query string is kept. A model, pair, provider or benchmark address is left to its
/// page, which resolves case, aliases and the order of a pair itself and answers one 301 straight to
/// the canonical address (two redirects in a row would be a chain).
/// </summary>
internal static partial class LowercaseUrls
{
    public static IApplicationBuilder UseLowercaseUrls(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var path = context.Request.Path.Value;
        if (path is not null
            && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            && (path.Any(char.IsAsciiLetterUpper) || (path.Length > 1 && path.EndsWith('/')))
            && !DetailPage().IsMatch(path))
        {
            var canonical = path.ToLowerInvariant().TrimEnd('/');
            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            context.Response.Headers.Location = LocalRedirect.Location(context.Request.PathBase + new PathString(canonical.Length == 0 ? "/" : canonical), context.Request.QueryString);
            return Task.CompletedTask;
        }

        return next(context);
    });

    /// <summary>A page that finds its own canonical address: /models/{slug}, /compare/{pair}, /providers/{slug}, /benchmarks/{slug}, with or without a trailing slash.</summary>
    [GeneratedRegex(@"^/(models|compare|providers|benchmarks)/[^/]+/?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DetailPage();
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
