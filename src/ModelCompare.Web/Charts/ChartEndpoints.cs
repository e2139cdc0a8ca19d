using Microsoft.Net.Http.Headers;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Charts;

/// <summary>
/// Serves the leaderboards' price against score charts (<see cref="ChartFiles"/>) at <c>/charts/{benchmark}.svg</c>.
/// The ETag is the digest of the file's bytes. A request carrying that digest as <c>?v=</c> (as a leaderboard links
/// it) may be cached for a year; any other (a pair page links the plain address, so a price edit elsewhere does not
/// change the page) is revalidated before each use, a 304 while the chart is the same. Any other name (an unknown
/// benchmark, one without a chart, capitals) answers 404.
/// </summary>
public static class ChartEndpoints
{
    public const string Immutable = "public, max-age=31536000, immutable";

    public const string Revalidate = "public, no-cache";

    public static IEndpointRouteBuilder MapCharts(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Each file is kept by the catalog view; the page cache would hold a second copy.
        app.MapMethods("/charts/{slug}.svg", [HttpMethods.Get, HttpMethods.Head], Chart).CacheOutput(p => p.NoCache());
        return app;
    }

    private static IResult Chart(string slug, HttpContext context, SiteData site)
    {
        var view = site.Current;
        if (!view.Charts.TryGetValue(slug, out var file))
        {
            return Results.NotFound();
        }

        var headers = context.Response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue($"\"{file.Version}\"");
        headers.LastModified = view.Snapshot.Version.BuiltAt;
        context.Response.Headers.CacheControl = string.Equals(context.Request.Query["v"], file.Version, StringComparison.Ordinal) ? Immutable : Revalidate;
        // A conditional request is answered by DataVersionHeaders against this ETag, once the chart is known to exist.
        return Results.Bytes(file.Bytes, "image/svg+xml");
    }
}
