using System.Globalization;
using Microsoft.Net.Http.Headers;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Previews;

/// <summary>
/// Serves the share previews. A pair is resolved like its page: old slugs, reversed order and upper case
/// answer 301 to the canonical image, the same model twice to the model's image, an unknown slug 404.
/// Providers and leaderboards have an image per page, the hubs one each (<c>/previews/{hub}.png</c>).
/// The ETag names what the image shows and the build; a request carrying the digest of what it shows as
/// <c>?v=</c> (as the pages' og:image does) may be cached for a year, any other for an hour.
/// </summary>
public static class PreviewEndpoints
{
    private static readonly string Build = typeof(PreviewEndpoints).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..8];

    public static IEndpointRouteBuilder MapPreviewImages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        // Each image is cached by PreviewImages, keyed by data version; the page cache would hold a second copy.
        app.MapMethods("/compare/{pair}/" + PreviewImages.FileName, methods, Pair).CacheOutput(p => p.NoCache());
        app.MapMethods("/models/{slug}/" + PreviewImages.FileName, methods, Model).CacheOutput(p => p.NoCache());
        app.MapMethods("/providers/{slug}/" + PreviewImages.FileName, methods, Provider).CacheOutput(p => p.NoCache());
        app.MapMethods("/benchmarks/{slug}/" + PreviewImages.FileName, methods, Benchmark).CacheOutput(p => p.NoCache());
        app.MapMethods("/previews/{hub}.png", methods, Hub).CacheOutput(p => p.NoCache());
        return app;
    }

    private static IResult Pair(string pair, HttpContext context, SiteData site, PreviewImages images)
    {
        var view = site.Current;
        if (PairQuery.SplitPath(pair) is not var (left, right)
            || view.Snapshot.FindModelOrAlias(left) is not { } a
            || view.Snapshot.FindModelOrAlias(right) is not { } b)
        {
            return Results.NotFound();
        }

        if (a.Slug == b.Slug)
        {
            return Results.Redirect(PreviewImages.ModelPath(a.Slug), permanent: true);
        }

        var canonical = PreviewImages.PairPath(a.Slug, b.Slug);
        return AtCanonical(context, view, canonical, () => images.ForPair(view, a, b));
    }

    private static IResult Model(string slug, HttpContext context, SiteData site, PreviewImages images)
    {
        var view = site.Current;
        if (view.Snapshot.FindModelOrAlias(slug.ToLowerInvariant()) is not { } model)
        {
            return Results.NotFound();
        }

        var canonical = PreviewImages.ModelPath(model.Slug);
        return AtCanonical(context, view, canonical, () => images.ForModel(view, model));
    }

    private static IResult Provider(string slug, HttpContext context, SiteData site, PreviewImages images)
    {
        var view = site.Current;
        if (view.Snapshot.FindProvider(slug.ToLowerInvariant()) is not { } provider)
        {
            return Results.NotFound();
        }

        var canonical = PreviewImages.ProviderPath(provider.Slug);
        return AtCanonical(context, view, canonical, () => images.ForProvider(view, provider));
    }

    private static IResult Benchmark(string slug, HttpContext context, SiteData site, PreviewImages images)
    {
        var view = site.Current;
        if (view.Snapshot.FindBenchmark(slug.ToLowerInvariant()) is not { } benchmark)
        {
            return Results.NotFound();
        }

        var canonical = PreviewImages.BenchmarkPath(benchmark.Slug);
        return AtCanonical(context, view, canonical, () => images.ForBenchmark(view, benchmark));
    }

    private static IResult Hub(string hub, HttpContext context, SiteData site, PreviewImages images)
    {
        var view = site.Current;
        return Sentences.PreviewHubs.ContainsKey(hub)
            ? Png(context, view, () => images.ForHub(view, hub))
            : Results.NotFound();
    }

    /// <summary>The image at its canonical address; any other spelling of it (capitals, an alias, the pair reversed) is one 301 there.</summary>
    private static IResult AtCanonical(HttpContext context, SiteView view, string canonical, Func<PreviewPng> draw) =>
        context.Request.Path.Value == canonical
            ? Png(context, view, draw)
            : Results.Redirect(LocalRedirect.Location(new PathString(canonical), context.Request.QueryString), permanent: true);

    private static IResult Png(HttpContext context, SiteView view, Func<PreviewPng> draw)
    {
        var png = draw();
        var version = png.Version;
        var etag = new EntityTagHeaderValue($"\"{version}-{Build}\"");
        var headers = context.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = view.Snapshot.Version.BuiltAt;
        context.Response.Headers.CacheControl = string.Equals(context.Request.Query["v"], version, StringComparison.Ordinal)
            ? "public, max-age=31536000, immutable"
            : "public, max-age=" + ((int)TimeSpan.FromHours(1).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        // A conditional request is answered by DataVersionHeaders against this ETag, once the image is known to exist.
        return Results.Bytes(png.Bytes, "image/png");
    }
}
