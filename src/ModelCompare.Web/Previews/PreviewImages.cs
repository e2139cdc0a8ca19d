using Microsoft.Extensions.Caching.Memory;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Previews;

/// <summary>
/// The share preview (og:image) of every pair page and model profile: <c>/compare/{a}-vs-{b}/preview.png</c>
/// and <c>/models/{slug}/preview.png</c>, at the default traffic. A PNG is drawn on first request and
/// kept in a cache bounded to <see cref="CacheBytes"/>, keyed by data version and path, so a new data
/// version never serves an old image and memory never grows past the bound.
/// </summary>
public sealed class PreviewImages(SiteData site) : IDisposable
{
    /// <summary>The most bytes of PNG kept in memory (about 1,000 previews).</summary>
    public const long CacheBytes = 48L * 1024 * 1024;

    public const string FileName = "preview.png";

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = CacheBytes });

    /// <summary>"/compare/{a}-vs-{b}/preview.png", slugs in ordinal order.</summary>
    public static string PairPath(string slugA, string slugB) => $"{Urls.Pair(slugA, slugB)}/{FileName}";

    /// <summary>"/models/{slug}/preview.png".</summary>
    public static string ModelPath(string slug) => $"{Urls.Model(slug)}/{FileName}";

    /// <summary>
    /// The address a page puts in og:image: the path with the digest of what the image shows, so it can be
    /// cached for good and the page's bytes change only when the picture does.
    /// </summary>
    public static string Versioned(string path, SharePreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        return $"{path}?v={preview.Version}";
    }

    /// <summary>
    /// Every preview image path of a snapshot: each model's, then each pair's (canonical order). For the
    /// static export, which fetches and writes each one; lazily enumerated, as pairs grow with the square
    /// of the catalog.
    /// </summary>
    public static IEnumerable<string> Paths(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var model in snapshot.Models)
        {
            yield return ModelPath(model.Slug);
        }

        var models = snapshot.Models;
        for (var i = 0; i < models.Length; i++)
        {
            for (var j = i + 1; j < models.Length; j++)
            {
                yield return PairPath(models[i].Slug, models[j].Slug);
            }
        }
    }

    /// <summary>The PNG of a pair of two different models of the current snapshot, and the digest of what it shows.</summary>
    public PreviewPng ForPair(SiteView view, Model a, Model b)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Cached(view.Snapshot, PairPath(a.Slug, b.Slug), () => SharePreviews.Pair(site.Engine.Compare(view.Snapshot, a, b, TrafficProfile.Default)));
    }

    /// <summary>The PNG of a model of the current snapshot, and the digest of what it shows.</summary>
    public PreviewPng ForModel(SiteView view, Model model)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(model);
        return Cached(view.Snapshot, ModelPath(model.Slug), () => SharePreviews.Profile(view.Facts[model.Slug], TrafficProfile.Default));
    }

    private PreviewPng Cached(CatalogSnapshot snapshot, string path, Func<SharePreview> describe) =>
        _cache.GetOrCreate((snapshot.Version.Hash, path), entry =>
        {
            var preview = describe();
            var png = new PreviewPng(PreviewRenderer.Render(preview), preview.Version);
            entry.Size = png.Bytes.Length;
            // A new data version never asks for the old key again; let it go rather than wait for pressure.
            entry.SlidingExpiration = TimeSpan.FromHours(6);
            return png;
        })!;

    public void Dispose() => _cache.Dispose();
}

/// <summary>A drawn preview and the <see cref="SharePreview.Version"/> of what it shows.</summary>
public sealed record PreviewPng(byte[] Bytes, string Version);
