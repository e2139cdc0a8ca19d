using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Net.Http.Headers;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Feeds;

/// <summary>
/// The machine-readable files: sitemaps, robots.txt, the Atom feed and the open-data downloads. Each is
/// built once per snapshot on first request and served from memory, with an ETag of the data version.
/// </summary>
public static class FeedEndpoints
{
    private const string Xml = "application/xml; charset=utf-8";

    /// <summary>The files of one snapshot, each built the first time it is asked for.</summary>
    private sealed class Files
    {
        public ConcurrentDictionary<string, Lazy<byte[]>> ByName { get; } = new(StringComparer.Ordinal);
    }

    private static readonly SnapshotMemo<Files> Memo = new(_ => new Files());

    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapModelCompareFeeds(this IEndpointRouteBuilder app)
    {
        // A pair page's traffic, preset and provider variants are not for crawling (Disallow: /compare/*?);
        // its share image is, whatever its ?v= says (the longer Allow wins).
        app.MapGetAndHead("/robots.txt", (SiteData site) => Results.Text(
            $"User-agent: *\nAllow: /\nDisallow: /compare?\nDisallow: /compare/*?\nAllow: /compare/*/preview.png\nDisallow: /search?\n\nSitemap: {site.Absolute(Urls.SiteMap)}\n",
            "text/plain; charset=utf-8"));

        app.MapGetAndHead(Urls.SiteMap, (HttpContext http, SiteData site) =>
            Serve(http, site, "sitemap.xml", Xml, v => SiteMaps.Index(v, site.Origin)));
        app.MapGetAndHead("/sitemaps/pages.xml", (HttpContext http, SiteData site) =>
            Serve(http, site, "pages.xml", Xml, v => SiteMaps.PagesFile(v, site.Origin)));
        app.MapGetAndHead("/sitemaps/models.xml", (HttpContext http, SiteData site) =>
            Serve(http, site, "models.xml", Xml, v => SiteMaps.ModelsFile(v, site.Origin)));
        app.MapGetAndHead("/sitemaps/compare-{file:int}.xml", (HttpContext http, SiteData site, int file) =>
            SiteMaps.HasPairFile(site.Current.Snapshot, file)
                ? Serve(http, site, $"compare-{file.ToString(CultureInfo.InvariantCulture)}.xml", Xml, v => SiteMaps.PairsFile(v, site.Origin, file))
                : Results.NotFound());

        app.MapGetAndHead(Urls.Feed, (HttpContext http, SiteData site) =>
            Serve(http, site, "feed.xml", "application/atom+xml; charset=utf-8", v => AtomFeed.Write(v, site.Origin)));
        app.MapGetAndHead(Urls.CatalogJson, (HttpContext http, SiteData site) =>
            Serve(http, site, "catalog.json", "application/json; charset=utf-8", v => OpenData.CatalogJson(v, site.Origin)));
        app.MapGetAndHead(Urls.ModelNames, (HttpContext http, SiteData site) =>
            Serve(http, site, "model-names.json", "application/json; charset=utf-8", OpenData.ModelNames));
        app.MapGetAndHead(Urls.ModelsCsv, (HttpContext http, SiteData site) =>
            Serve(http, site, "models.csv", "text/csv; charset=utf-8", OpenData.ModelsCsv, download: true));
        app.MapGetAndHead(Urls.RoutesCsv, (HttpContext http, SiteData site) =>
            Serve(http, site, "routes.csv", "text/csv; charset=utf-8", OpenData.RoutesCsv, download: true));
        return app;
    }

    /// <summary>GET and HEAD: a crawler or a monitor may ask for the headers alone (HEAD was answered 405).</summary>
    private static RouteHandlerBuilder MapGetAndHead(this IEndpointRouteBuilder app, string pattern, Delegate handler) =>
        app.MapMethods(pattern, GetAndHead, handler);

    private static IResult Serve(HttpContext http, SiteData site, string name, string contentType, Func<SiteView, byte[]> build, bool download = false)
    {
        var view = site.Current;
        // Weak: response compression sends gzip, Brotli or plain bytes under this one tag, and a strong tag
        // promises byte-identical bodies.
        var etag = new EntityTagHeaderValue($"\"{view.Snapshot.Version.ShortHash}-{name}\"", isWeak: true);
        var bytes = Memo.For(view.Snapshot).ByName.GetOrAdd(name, _ => new Lazy<byte[]>(() => build(view))).Value;
        http.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Bytes(bytes, contentType, fileDownloadName: download ? name : null, entityTag: etag);
    }
}
