using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>Why a pair page is worth a search engine's index; the first that applies names it.</summary>
public enum IndexReason
{
    /// <summary>One model names the other as its successor.</summary>
    Successor,
    /// <summary>The same maker's nearest current models by release date.</summary>
    SameMaker,
    /// <summary>Each other's closest rivals from other makers (price and capabilities).</summary>
    Rival,
    /// <summary>Two makers' flagship models.</summary>
    Flagships,
    /// <summary>Enough scores on the same benchmarks to compare them on evidence of their own.</summary>
    SharedEvidence,
}

/// <summary>A pair page worth indexing, seen from one of its models: the other model and why.</summary>
public sealed record IndexedPair(string OtherSlug, IndexReason Reason);

/// <summary>
/// Which pages search engines are asked to index (listed in the sitemap, no <c>noindex</c>): the rule
/// is written in <c>docs/indexing.md</c>. Every page still renders for readers who reach it; the rest
/// are <c>noindex, follow</c> and left out of the sitemap. Built once per snapshot, with
/// <see cref="CatalogStats"/>.
/// </summary>
public sealed partial class IndexPlan
{
    /// <summary>Each model's nearest same-maker models (by release date, either side) that are indexed with it.</summary>
    public const int SameMakerNeighbours = 2;

    /// <summary>Each model's closest other-maker rivals (spread across makers) that are indexed with it.</summary>
    public const int RivalsPerModel = 6;

    /// <summary>A pair with at least this many benchmarks both models are scored on (same benchmark and setting) is indexed.</summary>
    public const int SharedBenchmarks = 6;

    /// <summary>A maker's flagship is its priciest current model released within this many months of the maker's newest.</summary>
    public const int FlagshipWindowMonths = 12;

    /// <summary>A benchmark page is indexed when at least this many models have a score on it.</summary>
    public const int MinBenchmarkScores = 5;

    /// <summary>A provider page is indexed when the provider makes a model or serves at least this many.</summary>
    public const int MinProviderModels = 4;

    private readonly FrozenDictionary<string, ImmutableArray<IndexedPair>> _pairs;
    private readonly FrozenSet<string> _pairKeys;

    internal IndexPlan(CatalogSnapshot catalog, CatalogStats stats)
    {
        Models = catalog.Models
            .Where(m => IsCurrent(m) && VariantOf(catalog, m) is null)
            .Select(m => m.Slug)
            .ToFrozenSet(StringComparer.Ordinal);

        var chosen = new Dictionary<(string, string), IndexReason>();
        void Add(string a, string b, IndexReason reason)
        {
            if (a == b || !Models.Contains(a) || !Models.Contains(b))
            {
                return;
            }

            var key = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            if (!chosen.TryGetValue(key, out var had) || reason < had)
            {
                chosen[key] = reason;
            }
        }

        var current = catalog.Models.Where(m => Models.Contains(m.Slug)).ToList();
        foreach (var m in current)
        {
            if (m.SuccessorSlug is { } successor)
            {
                Add(m.Slug, successor, IndexReason.Successor);
            }
        }

        foreach (var maker in current.GroupBy(m => m.MakerSlug, StringComparer.Ordinal))
        {
            var byDate = maker.OrderBy(m => m.ReleaseDate ?? DateOnly.MinValue).ThenBy(m => m.Slug, StringComparer.Ordinal).ToList();
            for (var i = 0; i < byDate.Count; i++)
            {
                for (var j = i + 1; j < byDate.Count && j <= i + SameMakerNeighbours; j++)
                {
                    Add(byDate[i].Slug, byDate[j].Slug, IndexReason.SameMaker);
                }
            }
        }

        foreach (var m in current)
        {
            var taken = 0;
            var makers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var rival in stats.Rivals.GetValueOrDefault(m.Slug, []))
            {
                if (taken == RivalsPerModel)
                {
                    break;
                }

                // Each maker's closest current model once, so the rivals spread across makers.
                if (Models.Contains(rival.Slug) && makers.Add(rival.Maker))
                {
                    Add(m.Slug, rival.Slug, IndexReason.Rival);
                    taken++;
                }
            }
        }

        Flagships = [.. current
            .GroupBy(m => m.MakerSlug, StringComparer.Ordinal)
            .Select(g => Flagship(g, stats))
            .OfType<Model>()
            .Select(m => m.Slug)
            .Order(StringComparer.Ordinal)];
        for (var i = 0; i < Flagships.Length; i++)
        {
            for (var j = i + 1; j < Flagships.Length; j++)
            {
                Add(Flagships[i], Flagships[j], IndexReason.Flagships);
            }
        }

        var boards = current.ToDictionary(
            m => m.Slug,
            m => stats.BestScores.GetValueOrDefault(m.Slug, [])
                .Select(s => (s.BenchmarkSlug, s.Variant ?? string.Empty))
                .ToHashSet(),
            StringComparer.Ordinal);
        for (var i = 0; i < current.Count; i++)
        {
            var mine = boards[current[i].Slug];
            if (mine.Count < SharedBenchmarks)
            {
                continue;
            }

            for (var j = i + 1; j < current.Count; j++)
            {
                var theirs = boards[current[j].Slug];
                if (theirs.Count >= SharedBenchmarks && mine.Count(theirs.Contains) >= SharedBenchmarks)
                {
                    Add(current[i].Slug, current[j].Slug, IndexReason.SharedEvidence);
                }
            }
        }

        _pairKeys = chosen.Keys.Select(k => ComparisonEngine.CanonicalPath(k.Item1, k.Item2)).ToFrozenSet(StringComparer.Ordinal);
        _pairs = chosen
            .SelectMany(kv => new[] { (Model: kv.Key.Item1, Pair: new IndexedPair(kv.Key.Item2, kv.Value)), (Model: kv.Key.Item2, Pair: new IndexedPair(kv.Key.Item1, kv.Value)) })
            .GroupBy(x => x.Model, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.Select(x => x.Pair).OrderBy(p => p.Reason).ThenBy(p => p.OtherSlug, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
        PairPaths = [.. _pairKeys.Order(StringComparer.Ordinal)];
        Benchmarks = catalog.Benchmarks
            .Where(b => catalog.ScoresOn(b.Slug).Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count() >= MinBenchmarkScores)
            .Select(b => b.Slug)
            .ToFrozenSet(StringComparer.Ordinal);
        Providers = catalog.Providers
            .Where(p => !catalog.ModelsMadeBy(p.Slug).IsEmpty
                || catalog.RoutesAt(p.Slug).Select(r => r.ModelSlug).Distinct(StringComparer.Ordinal).Count() >= MinProviderModels)
            .Select(p => p.Slug)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The models whose profiles are indexed: current (<see cref="IsCurrent"/>), and not a dated snapshot, preview or variant of a model in the catalog.</summary>
    public FrozenSet<string> Models { get; }

    /// <summary>Each maker's flagship among the indexed models, by slug.</summary>
    public ImmutableArray<string> Flagships { get; }

    /// <summary>Every indexed pair page's canonical path, in ordinal order.</summary>
    public ImmutableArray<string> PairPaths { get; }

    /// <summary>The benchmarks whose leaderboards are indexed.</summary>
    public FrozenSet<string> Benchmarks { get; }

    /// <summary>The providers whose pages are indexed.</summary>
    public FrozenSet<string> Providers { get; }

    /// <summary>Whether the pair page of these two models is indexed, in either order.</summary>
    public bool IsIndexed(string slugA, string slugB) => _pairKeys.Contains(ComparisonEngine.CanonicalPath(slugA, slugB));

    /// <summary>The indexed pair pages of one model, by reason and then slug; empty for a model that is not indexed.</summary>
    public ImmutableArray<IndexedPair> PairsOf(string slug) => _pairs.GetValueOrDefault(slug, []);

    /// <summary>
    /// Current: active, with no retirement or deprecation announced. Judged on the data alone, not on a
    /// day, so the plan needs no clock: a model whose maker has announced its end is no page to ask a
    /// search engine to index anew, whether or not the day has come.
    /// </summary>
    public static bool IsCurrent(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.Status == ModelStatus.Active && model.RetirementDate is null && model.DeprecationDate is null;
    }

    /// <summary>
    /// The model this one is a dated snapshot, preview, experimental or free variant of, when that model is
    /// in the catalog: the slug with its trailing date ("-2024-11-20", "-20241022", "-0905", "-2507") or marker
    /// ("-preview", "-exp", "-experimental", "-free", "-latest", with anything after it) removed.
    /// </summary>
    public static Model? VariantOf(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        var match = VariantSuffix().Match(model.Slug);
        if (!match.Success)
        {
            return null;
        }

        var baseSlug = model.Slug[..match.Index];
        return baseSlug.Length > 0 && catalog.FindModel(baseSlug) is { } main && main.Slug != model.Slug ? main : null;
    }

    private static Model? Flagship(IEnumerable<Model> makerModels, CatalogStats stats)
    {
        var priced = makerModels.Where(m => stats.ComparablePrices.ContainsKey(m.Slug)).ToList();
        if (priced.Count == 0)
        {
            return null;
        }

        var newest = priced.Max(m => m.ReleaseDate ?? DateOnly.MinValue);
        var since = newest == DateOnly.MinValue ? DateOnly.MinValue : newest.AddMonths(-FlagshipWindowMonths);
        return priced
            .Where(m => (m.ReleaseDate ?? DateOnly.MinValue) >= since)
            .OrderByDescending(m => stats.ComparablePrices[m.Slug])
            .ThenByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .First();
    }

    [GeneratedRegex(@"-(\d{4}-\d{2}-\d{2}|\d{8}|\d{4}|preview(-.*)?|exp(-.*)?|experimental(-.*)?|free|latest)$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantSuffix();
}
