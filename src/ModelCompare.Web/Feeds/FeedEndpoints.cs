using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Feeds;

/// <summary>
/// The machine-readable files: sitemaps, robots.txt, the Atom feed and the open-data downloads. Each is
/// built with its catalog view (<see cref="Files"/>) and served from memory, with an ETag of the data version.
/// </summary>
public static class FeedEndpoints
{
    private const string Xml = "application/xml; charset=utf-8";

    /// <summary>
    /// Every file of one view, by name: what <see cref="SiteView.Files"/> holds. Each is built before the view goes
    /// live but <c>catalog.json</c>, the whole catalog as JSON: serialising it was a third of the view's build at
    /// start-up (240-260 ms of 700-880 ms on two cores), and no page needs it. It is built from the same immutable
    /// view on first use, or by <see cref="SiteView.BuildDeferred"/> on another thread as soon as the view exists;
    /// a request that comes first waits for it.
    /// </summary>
    public static FrozenDictionary<string, Lazy<byte[]>> Files(SiteView view, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(view);
        var files = new Dictionary<string, Lazy<byte[]>>(StringComparer.Ordinal)
        {
            ["sitemap.xml"] = new(SiteMaps.Index(view, origin)),
            ["pages.xml"] = new(SiteMaps.PagesFile(view, origin)),
            ["models.xml"] = new(SiteMaps.ModelsFile(view, origin)),
            ["feed.xml"] = new(AtomFeed.Write(view, origin)),
            ["catalog.json"] = new(() => OpenData.CatalogJson(view, origin), LazyThreadSafetyMode.ExecutionAndPublication),
            ["model-names.json"] = new(OpenData.ModelNames(view)),
            ["models.csv"] = new(OpenData.ModelsCsv(view)),
            ["routes.csv"] = new(OpenData.RoutesCsv(view)),
        };
        for (var file = 1; file <= SiteMaps.PairFileCount(view); file++)
        {
            files[PairFileName(file)] = new(SiteMaps.PairsFile(view, origin, file));
        }

        return files.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string PairFileName(int file) => $"compare-{file.ToString(CultureInfo.InvariantCulture)}.xml";

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapModelCompareFeeds(this IEndpointRouteBuilder app)
    {
        // A pair page's traffic, preset and provider variants are not for crawling (Disallow: /compare/*?);
        // its share image is, whatever its ?v= says (the longer Allow wins).
        app.MapGetAndHead("/robots.txt", (SiteData site) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /compare?\nDisallow: /compare/*?\nAllow: /compare/*/preview.png\nDisallow: /search?\n\nSitemap: {site.Absolute(Urls.SiteMap)}\n",
            "text/plain; charset=utf-8"));

        app.MapGetAndHead(Urls.SiteMap, (HttpContext http, SiteData site) =>
            Serve(http, site, "sitemap.xml", Xml));
        app.MapGetAndHead("/sitemaps/pages.xml", (HttpContext http, SiteData site) =>
            Serve(http, site, "pages.xml", Xml));
        app.MapGetAndHead("/sitemaps/models.xml", (HttpContext http, SiteData site) =>
            Serve(http, site, "models.xml", Xml));
        app.MapGetAndHead("/sitemaps/compare-{file:int}.xml", (HttpContext http, SiteData site, int file) =>
            SiteMaps.HasPairFile(site.Current, file)
                ? Serve(http, site, PairFileName(file), Xml)
                : Results.NotFound());

        app.MapGetAndHead(Urls.Feed, (HttpContext http, SiteData site) =>
            Serve(http, site, "feed.xml", "application/atom+xml; charset=utf-8"));
        app.MapGetAndHead(Urls.CatalogJson, (HttpContext http, SiteData site) =>
            Serve(http, site, "catalog.json", "application/json; charset=utf-8"));
        app.MapGetAndHead(Urls.ModelNames, (HttpContext http, SiteData site) =>
            Serve(http, site, "model-names.json", "application/json; charset=utf-8"));
        app.MapGetAndHead(Urls.ModelsCsv, (HttpContext http, SiteData site) =>
            Serve(http, site, "models.csv", "text/csv; charset=utf-8", download: true));
        app.MapGetAndHead(Urls.RoutesCsv, (HttpContext http, SiteData site) =>
            Serve(http, site, "routes.csv", "text/csv; charset=utf-8", download: true));
        return app;
    }

    /// <summary>GET and HEAD: a crawler or a monitor may ask for the headers alone (HEAD was answered 405).</summary>
    private static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);

    private static IResult Serve(HttpContext http, SiteData site, string name, string contentType, bool download = false)
    {
        var view = site.Current;
        // Weak: response compression sends gzip, Brotli or plain bytes under this one tag, and a strong tag
        // promises byte-identical bodies.
        var etag = new EntityTagHeaderValue($"\"{view.Snapshot.Version.ShortHash}-{name}\"", isWeak: true);
        var bytes = view.Files[name].Value;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(bytes, contentType, fileDownloadName: download ? name : null, entityTag: etag);
    }
}
