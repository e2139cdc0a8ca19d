using System.Globalization;
using Microsoft.Net.Http.Headers;
using ModelCompare.Catalog;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Pins the request to one catalog snapshot and gives every page an ETag and Last-Modified taken from
/// that snapshot's data version, answering 304 to a conditional request for a version the client has.
/// A page's bytes depend only on the data version, the build and the URL, so the check runs before
/// anything is rendered.
/// </summary>
internal sealed class DataVersionHeaders(RequestDelegate next, CatalogStore store)
{
    /// <summary>A new build can change every page without changing the data, so the ETag names both.</summary>
    private static readonly string Build = typeof(DataVersionHeaders).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    private Validators? _validators;

    private sealed record Validators(DataVersion Version, EntityTagHeaderValue ETag, string ETagText, DateTimeOffset LastModified, string LastModifiedText);

    public Task InvokeAsync(HttpContext context)
    {
        var snapshot = store.Pin();
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || IsExcluded(request.Path))
        {
            return next(context);
        }

        var validators = For(snapshot.Version);
        if (IsNotModified(request, validators))
        {
            var response = context.Response;
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.ETag = validators.ETagText;
            response.Headers.LastModified = validators.LastModifiedText;
            response.Headers.CacheControl = "no-cache";
            return Task.CompletedTask;
        }

        context.Response.OnStarting(static state =>
        {
            var (response, v) = ((HttpResponse, Validators))state;
            if (response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.ETag))
            {
                response.Headers.ETag = v.ETagText;
                response.Headers.LastModified = v.LastModifiedText;
                // Pages may change with any editor's save: caches keep them but ask before reuse.
                response.Headers.CacheControl = "no-cache";
            }

            return Task.CompletedTask;
        }, (context.Response, validators));
        return next(context);
    }

    private static bool IsExcluded(PathString path) =>
        path.StartsWithSegments("/healthz", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/error", StringComparison.OrdinalIgnoreCase);

    private Validators For(DataVersion version)
    {
        var current = _validators;
        if (current is not null && current.Version == version)
        {
            return current;
        }

        var etag = new EntityTagHeaderValue($"\"{version.ShortHash}-{Build}\"", isWeak: true);
        // HTTP dates have whole seconds; truncate so If-Modified-Since compares equal.
        var lastModified = new DateTimeOffset(version.BuiltAt.UtcTicks - (version.BuiltAt.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        current = new Validators(version, etag, etag.ToString(), lastModified, lastModified.ToString("R", CultureInfo.InvariantCulture));
        _validators = current;
        return current;
    }

    private static bool IsNotModified(HttpRequest request, Validators validators)
    {
        var headers = request.GetTypedHeaders();
        var ifNoneMatch = headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            // RFC 9110 13.1.2: If-None-Match wins over If-Modified-Since and compares weakly.
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(validators.ETag, useStrongComparison: false));
        }

        return headers.IfModifiedSince is { } since && validators.LastModified <= since;
    }
}
