using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Previews;

/// <summary>
/// The share preview (og:image) of every pair page and model profile: <c>/compare/{a}-vs-{b}/preview.png</c>
/// and <c>/models/{slug}/preview.png</c>, at the default traffic. A PNG is drawn on first request and
/// kept in a cache bounded to <see cref="ModelCompareOptions.PreviewCacheMegabytes"/>, keyed by data version, day and path, so a new data
/// version or day never serves an old image and memory never grows past the bound. With
/// <see cref="ModelCompareOptions.CacheOutput"/> off (the export, which asks for each image once) every
/// request draws its image.
/// </summary>
public sealed class PreviewImages(IOptions<ModelCompareOptions> options) : IDisposable
{
    public const string FileName = "preview.png";

    /// <summary>How many pairs' descriptions (<see cref="DescribePair"/>) are kept: a few hundred bytes each.</summary>
    public const int PairDescriptionsKept = 4096;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheBytesFor(options.Value) });

    private readonly MemoryCache _pairs = new(new MemoryCacheOptions { SizeLimit = PairDescriptionsKept });

    private long _pairComparisons;

    /// <summary>How many comparisons this service has asked the engine for to describe a pair's image (at most one per pair per view while kept).</summary>
    public long PairComparisons => Interlocked.Read(ref _pairComparisons);

    /// <summary>The most bytes of PNG kept in memory (at about 50 KB a preview, some 650 at the default 32 MiB).</summary>
    public static long CacheBytesFor(ModelCompareOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.PreviewCacheMegabytes * 1024L * 1024;
    }

    /// <summary>The bound of this cache, in bytes.</summary>
    public long CacheBytes => CacheBytesFor(options.Value);

    /// <summary>"/compare/{a}-vs-{b}/preview.png", slugs in ordinal order.</summary>
    public static string PairPath(string slugA, string slugB) => $"{Urls.Pair(slugA, slugB)}/{FileName}";

    /// <summary>"/models/{slug}/preview.png".</summary>
    public static string ModelPath(string slug) => $"{Urls.Model(slug)}/{FileName}";

    /// <summary>"/providers/{slug}/preview.png".</summary>
    public static string ProviderPath(string slug) => $"{Urls.Provider(slug)}/{FileName}";

    /// <summary>"/benchmarks/{slug}/preview.png".</summary>
    public static string BenchmarkPath(string slug) => $"{Urls.Benchmark(slug)}/{FileName}";

    /// <summary>"/previews/{hub}.png", for a hub named in <see cref="Sentences.PreviewHubs"/>.</summary>
    public static string HubPath(string hub) => $"/previews/{hub}.png";

    /// <summary>
    /// The address a page puts in og:image: the path with the digest of what the image shows, so it can be
    /// cached for good and the page's bytes change only when the picture does.
    /// </summary>
    public static string Versioned(string path, SharePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return $"{path}?v={preview.Version}";
    }

    /// <summary>A page's share image: the versioned address of <paramref name="path"/> and what it shows, in words.</summary>
    public static ShareImage Share(string path, SharePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return new ShareImage(Versioned(path, preview), preview.AltText);
    }

    /// <summary>The share image of a hub named in <see cref="Sentences.PreviewHubs"/>.</summary>
    public static ShareImage HubShare(SiteView view, string hub) => Share(HubPath(hub), DescribeHub(view, hub));

    /// <summary>
    /// Every preview image path of a snapshot: each model's, then each pair's (canonical order). For the
    /// static export, which fetches and writes each one; lazily enumerated, as pairs grow with the square
    /// of the catalog.
    /// </summary>
    public static IEnumerable<string> Paths(CatalogSnapshot snapshot) => Targets(snapshot).Select(t => t.Path);

    /// <summary>The share images of the provider pages, the leaderboards and the hubs, for the static export.</summary>
    public static IEnumerable<string> PagePaths(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return snapshot.Providers.Select(p => ProviderPath(p.Slug))
            .Concat(snapshot.Benchmarks.Select(b => BenchmarkPath(b.Slug)))
            .Concat(Sentences.PreviewHubs.Keys.Order(StringComparer.Ordinal).Select(HubPath));
    }

    /// <summary>Every preview of a snapshot with the model or pair it shows, in the order of <see cref="Paths"/>.</summary>
    public static IEnumerable<PreviewTarget> Targets(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var model in snapshot.Models)
        {
            yield return new PreviewTarget(ModelPath(model.Slug), model, null);
        }

        var models = snapshot.Models;
        for (var i = 0; i < models.Length; i++)
        {
            for (var j = i + 1; j < models.Length; j++)
            {
                yield return new PreviewTarget(PairPath(models[i].Slug, models[j].Slug), models[i], models[j]);
            }
        }
    }

    /// <summary>
    /// What a preview of the current snapshot shows, without drawing it: its <see cref="SharePreview.Version"/>
    /// tells whether an image drawn earlier is still right.
    /// </summary>
    public SharePreview Describe(SiteView view, PreviewTarget target)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(target);
        return target.B is { } b ? DescribePair(view, target.A, b, null) : SharePreviews.Profile(view.Facts[target.A.Slug], TrafficProfile.Default);
    }

    /// <summary>The PNG of a pair of two different models of the current snapshot, and the digest of what it shows.</summary>
    public PreviewPng ForPair(SiteView view, Model a, Model b)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Cached(view, PairPath(a.Slug, b.Slug), () => DescribePair(view, a, b, null));
    }

    /// <summary>The PNG of a model of the current snapshot, and the digest of what it shows.</summary>
    public PreviewPng ForModel(SiteView view, Model model)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(model);
        return Cached(view, ModelPath(model.Slug), () => SharePreviews.Profile(view.Facts[model.Slug], TrafficProfile.Default));
    }

    /// <summary>The PNG of a provider's page: how many models it serves, makes and is the cheapest route for.</summary>
    public PreviewPng ForProvider(SiteView view, Provider provider)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(provider);
        return Cached(view, ProviderPath(provider.Slug), () => DescribeProvider(view, provider));
    }

    /// <summary>The PNG of a benchmark's leaderboard: its leaders and their scores.</summary>
    public PreviewPng ForBenchmark(SiteView view, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(benchmark);
        return Cached(view, BenchmarkPath(benchmark.Slug), () => DescribeBenchmark(view, benchmark));
    }

    /// <summary>The PNG of a hub named in <see cref="Sentences.PreviewHubs"/>: its heading and the catalog's counts.</summary>
    public PreviewPng ForHub(SiteView view, string hub)
    {
        ArgumentNullException.ThrowIfNull(view);
        return Cached(view, HubPath(hub), () => DescribeHub(view, hub));
    }

    public static SharePreview DescribeProvider(SiteView view, Provider provider)
    {
        ArgumentNullException.ThrowIfNull(view);
        return SharePreviews.Provider(view.Engine.Provider(provider));
    }

    public static SharePreview DescribeBenchmark(SiteView view, Benchmark benchmark)
    {
        ArgumentNullException.ThrowIfNull(view);
        return SharePreviews.Leaderboard(view.Engine.Leaderboard(benchmark));
    }

    public static SharePreview DescribeHub(SiteView view, string hub)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (title, caption) = Sentences.PreviewHubs[hub];
        return SharePreviews.Hub(title, caption, view.Snapshot.Models.Length, view.Makers.Length, view.Snapshot.Providers.Length);
    }

    /// <summary>
    /// What a pair's image shows (the pair at the default traffic and list prices), worked out once per pair and
    /// view (data version and day) and kept, so its page (at any traffic) and the image read one description:
    /// <paramref name="atDefault"/>, the page's own comparison when it is at the default traffic and list prices,
    /// or else one comparison by the view's engine from both models' facts the view has already described.
    /// </summary>
    public SharePreview DescribePair(SiteView view, Model a, Model b, PairComparison? atDefault)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (atDefault is not null && !(atDefault.Traffic.IsDefault && atDefault.Choice.IsDefault))
        {
            throw new ArgumentException("A pair's image shows the default traffic at list prices.", nameof(atDefault));
        }

        return _pairs.GetOrCreate((view.CacheKey, PairPath(a.Slug, b.Slug)), entry =>
        {
            entry.Size = 1;
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            if (atDefault is not null)
            {
                return SharePreviews.Pair(atDefault);
            }

            Interlocked.Increment(ref _pairComparisons);
            return SharePreviews.Pair(view.Engine.Compare(view.Facts[a.Slug], view.Facts[b.Slug]));
        })!;
    }

    private PreviewPng Cached(SiteView view, string path, Func<SharePreview> describe)
    {
        if (!options.Value.CacheOutput)
        {
            return Draw(describe());
        }

        return _cache.GetOrCreate((view.CacheKey, path), entry =>
        {
            var png = Draw(describe());
            entry.Size = png.Bytes.Length;
            // A new data version never asks for the old key again; let it go rather than wait for pressure.
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            return png;
        })!;
    }

    private static PreviewPng Draw(SharePreview preview) => new(PreviewRenderer.Render(preview), preview.Version);

    public void Dispose()
    {
        _cache.Dispose();
        _pairs.Dispose();
    }
}

/// <summary>A preview's address, and the model (<see cref="B"/> null) or the pair (in canonical order) it shows.</summary>
public sealed record PreviewTarget(string Path, Model A, Model? B);

/// <summary>A drawn preview and the <see cref="SharePreview.Version"/> of what it shows.</summary>
public sealed record PreviewPng(byte[] Bytes, string Version);
