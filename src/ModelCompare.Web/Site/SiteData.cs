using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Extensions.Options;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Web.Feeds;
using ModelCompare.Web.Hosting;

using ModelCompare.Web.Charts;

namespace ModelCompare.Web.Site;

/// <summary>
/// One catalog view: a snapshot with its catalog-wide figures (<see cref="SnapshotView"/>, built once per
/// snapshot), the day it is judged on, the engine bound to both, and everything derived from them that pages and
/// files read (each model's facts at the default traffic, the home page's lists, the sitemaps, feed and open data).
/// <see cref="CatalogStore"/> builds it before it goes live, whenever the data or the day changes, so no request
/// ever builds one; every page of a day reads the same view.
/// </summary>
public sealed class SiteView
{
    public SiteView(SnapshotView catalog, DateOnly today, Uri origin)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(origin);
        var snapshot = Snapshot = catalog.Snapshot;
        Today = today;
        CacheKey = string.Create(CultureInfo.InvariantCulture, $"{snapshot.Version.Hash}/{today:yyyy-MM-dd}");
        Engine = new ComparisonEngine(catalog, today);
        var engine = Engine;
        // Describing every model is most of this object's cost (it is built before the site listens): spread over the cores.
        Facts = snapshot.Models.AsParallel()
            .Select(m => (m.Slug, Facts: engine.Describe(m, TrafficProfile.Default)))
            .ToArray()
            .ToFrozenDictionary(x => x.Slug, x => x.Facts, StringComparer.Ordinal);
        LastReviewed = snapshot.Models.Select(m => m.LastReviewed)
            .Concat(snapshot.Providers.Select(p => p.LastReviewed))
            .DefaultIfEmpty(DateOnly.FromDateTime(snapshot.Version.BuiltAt.UtcDateTime))
            .Max();
        PopularPairs = CatalogHighlights.PopularPairs(catalog, PopularPairCount, Today);
        Tasks = ReaderTasks.For(catalog, Today);
        ModelList = new ModelListing(catalog, Today, Tasks);
        Newest = CatalogHighlights.Newest(snapshot, HighlightLength, Today);
        CheapestCapable = CatalogHighlights.CheapestCapable(catalog, HighlightLength, Today);
        LargestContext = CatalogHighlights.LargestContextWithText(catalog, HighlightLength, Today);
        Makers = [.. snapshot.Models.Select(m => m.MakerSlug).Distinct(StringComparer.Ordinal)
            .Select(s => snapshot.FindProvider(s) ?? new Provider { Slug = s, Name = s, LastReviewed = LastReviewed })
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)];
        ModelLastModified = snapshot.Models.ToFrozenDictionary(
            m => m.Slug,
            m => snapshot.RoutesFor(m.Slug)
                .SelectMany(r => r.History.Select(h => h.Date).Append(r.Checked))
                .Concat(snapshot.ScoresFor(m.Slug).Where(s => s.Date is not null).Select(s => s.Date!.Value))
                .Append(m.LastReviewed)
                .Max(),
            StringComparer.Ordinal);
        var indexed = engine.IndexPlan.Models;
        CurrentModelsByMaker = [.. Makers
            .Select(p => (Maker: p, Models: snapshot.ModelsMadeBy(p.Slug)
                .Where(m => indexed.Contains(m.Slug))
                .OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(m => m.Slug, StringComparer.Ordinal)
                .ToImmutableArray()))
            .Where(x => !x.Models.IsEmpty)];

        Charts = ChartFiles.DrawAll(catalog);

        // Last: the files read the view's own lists.
        Files = FeedEndpoints.Files(this, origin);
    }

    /// <summary>The leaderboards' price against score charts as files, by benchmark slug (<see cref="ChartFiles"/>).</summary>
    public FrozenDictionary<string, ChartFile> Charts { get; }

    /// <summary>The engine every page of this view asks, judging statuses on <see cref="Today"/>.</summary>
    public ComparisonEngine Engine { get; }

    /// <summary>The sitemaps, the feed and the open-data files, by name (<see cref="FeedEndpoints.Files"/>); all but one built with the view.</summary>
    public FrozenDictionary<string, Lazy<byte[]>> Files { get; }

    /// <summary>
    /// Builds the parts of this view that no page needs and that are left to first use (<see cref="FeedEndpoints.Files"/>),
    /// so the first request for them rarely waits. <see cref="CatalogStore"/> runs it on another thread for each view it
    /// builds; running it twice, or beside a request for the same file, builds each part once.
    /// </summary>
    public void BuildDeferred()
    {
        foreach (var file in Files.Values)
        {
            _ = file.Value;
        }
    }

    /// <summary>
    /// Per model, the newest date in what its pages show: its review, its routes' checks and price changes,
    /// its scores' runs. A sitemap's lastmod, so an edit moves the dates of the pages that show it.
    /// </summary>
    public FrozenDictionary<string, DateOnly> ModelLastModified { get; }

    /// <summary>The models whose profiles are indexed (current, not a snapshot or preview of another), by maker: every one a link from the home page.</summary>
    public ImmutableArray<(Provider Maker, ImmutableArray<Model> Models)> CurrentModelsByMaker { get; }

    /// <summary>The day (UTC, by the host's clock) this view judges each model's status on: the popular pairs, the open data and every page.</summary>
    public DateOnly Today { get; }

    /// <summary>How many models each home-page list shows.</summary>
    public const int HighlightLength = 8;

    public const int PopularPairCount = 12;

    public CatalogSnapshot Snapshot { get; }

    /// <summary>What a cached page was rendered from: the data version and the day it was judged on (a page may change at midnight).</summary>
    public string CacheKey { get; }

    // The home page's lists, worked out once per snapshot rather than on every request.
    public ImmutableArray<PairLink> PopularPairs { get; }

    /// <summary>The tasks readers come with, each answered by one view (<see cref="ReaderTasks"/>), worked out once per view.</summary>
    public ImmutableArray<ReaderTask> Tasks { get; }

    /// <summary>The model list of this view (<c>/models</c>), with the benchmark choices its filter offers.</summary>
    public ModelListing ModelList { get; }

    public ImmutableArray<Model> Newest { get; }

    public ImmutableArray<PricedModel> CheapestCapable { get; }

    public ImmutableArray<ContextHighlight> LargestContext { get; }

    /// <summary>Each model's facts at <see cref="TrafficProfile.Default"/>.</summary>
    public FrozenDictionary<string, ModelFacts> Facts { get; }

    /// <summary>The newest review date in the data.</summary>
    public DateOnly LastReviewed { get; }

    /// <summary>Providers that make at least one model, by name.</summary>
    public ImmutableArray<Provider> Makers { get; }

    public string ProviderName(string slug) => Snapshot.FindProvider(slug)?.Name ?? slug;

    /// <summary>The newest date in anything a page shows: the home page's, the lists' and <c>/data</c>'s date.</summary>
    public DateOnly NewestDate => ModelLastModified.Values.Append(LastReviewed).Max();

    /// <summary>A provider page's date: its review, or its routes' newest check when that is later.</summary>
    public DateOnly ProviderLastModified(Provider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var routes = Snapshot.RoutesAt(provider.Slug);
        return routes.IsEmpty ? provider.LastReviewed : Max(provider.LastReviewed, routes.Max(r => r.Checked));
    }

    /// <summary>
    /// The date of the page at a canonical <paramref name="path"/> (no query): the sitemap's lastmod and the
    /// page's Last-Modified. A pair page is dated by the newer of its two models, a profile by
    /// <see cref="ModelLastModified"/>, a provider and a leaderboard by their own data, <c>/benchmarks</c>
    /// by the newest review, and every other page (the home page, the lists, <c>/data</c>) by
    /// <see cref="NewestDate"/>.
    /// </summary>
    public DateOnly LastModifiedOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var segments = path.Trim('/').Split('/');
        if (segments.Length == 2)
        {
            var slug = segments[1].ToLowerInvariant();
            switch (segments[0].ToLowerInvariant())
            {
                case "compare" when PairQuery.SplitPath(slug) is var (a, b)
                    && ModelLastModified.TryGetValue(a, out var left) && ModelLastModified.TryGetValue(b, out var right):
                    return Max(left, right);
                case "models" when ModelLastModified.TryGetValue(slug, out var model):
                    return model;
                case "providers" when Snapshot.FindProvider(slug) is { } provider:
                    return ProviderLastModified(provider);
                case "benchmarks":
                    return BenchmarkReviewed(slug);
            }
        }

        return path.Equals(Urls.Benchmarks, StringComparison.OrdinalIgnoreCase) ? LastReviewed : NewestDate;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    /// <summary>The newest run date of a benchmark's scores, or the data's review date when none is dated.</summary>
    public DateOnly BenchmarkReviewed(string slug)
    {
        var dated = Snapshot.ScoresOn(slug).Where(s => s.Date is not null).ToList();
        return dated.Count == 0 ? LastReviewed : dated.Max(s => s.Date!.Value);
    }
}

/// <summary>What page models read: the current <see cref="SiteView"/> (the one pinned for the request), its engine and the public origin.</summary>
public sealed class SiteData(CatalogStore store, IOptions<ModelCompareOptions> options)
{
    public SiteView Current => store.CurrentView;

    public ComparisonEngine Engine => Current.Engine;

    public Uri Origin => options.Value.PublicOrigin;

    public string Absolute(string path) => Urls.Absolute(Origin, path);
}
