using System.Collections.Frozen;
using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Catalog-wide figures the rules rank a model against. Built once per snapshot, with its
/// <see cref="SnapshotView"/>, never on a request.
/// </summary>
internal sealed class CatalogStats
{
    /// <summary>A benchmark (same variant), a price or a context window ranks models only when at least this many have one.</summary>
    public const int MinRankedModels = 5;

    public CatalogStats(CatalogSnapshot catalog)
    {
        Prices = catalog.Models.ToFrozenDictionary(
            m => m.Slug,
            m => PriceRules.For(m, catalog.RoutesFor(m.Slug), catalog.FindProvider),
            StringComparer.Ordinal);
        ReferenceBlends = Prices.Values
            .Where(p => p.ReferenceBlend is not null)
            .ToFrozenDictionary(p => p.ModelSlug, p => p.ReferenceBlend!.Value, StringComparer.Ordinal);
        ComparablePrices = ReferenceBlends
            .Where(kv => kv.Value > 0m)
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        CapabilityMasks = catalog.Models.ToFrozenDictionary(m => m.Slug, m => CapabilityMask(m.Capabilities), StringComparer.Ordinal);
        BestScores = catalog.Models.ToFrozenDictionary(m => m.Slug, m => ComparisonEngine.BestScoresOf(catalog, m.Slug), StringComparer.Ordinal);
        Boards = catalog.Benchmarks.ToFrozenDictionary(b => b.Slug, b => Leaderboards.Build(catalog, b, Prices), StringComparer.Ordinal);
        CategoryShares = RankCategories(catalog, Boards);
        RankingContexts = catalog.Models
            .Select(m => (m.Slug, Context: ModelLimits.WorkOutRankingContext(catalog, m)))
            .Where(x => x.Context is not null)
            .ToFrozenDictionary(x => x.Slug, x => x.Context!.Value, StringComparer.Ordinal);
        ContextShares = Shares(RankingContexts.Select(kv => (kv.Key, (decimal)kv.Value)), higherIsBetter: true);
        PriceShares = Shares(ReferenceBlends.Select(kv => (kv.Key, kv.Value)), higherIsBetter: false);
        ProviderNames = catalog.Providers.ToFrozenDictionary(p => p.Slug, p => p.Name, StringComparer.Ordinal);
        Predecessors = catalog.Models.Where(m => m.SuccessorSlug is not null).ToLookup(m => m.SuccessorSlug!, m => m.Slug, StringComparer.Ordinal);
        Family = catalog.Models.ToFrozenDictionary(m => m.Slug, m => ComparisonEngine.FamilyOf(catalog, this, m), StringComparer.Ordinal);

        // Rivals compare every model with every other, the largest part of this: spread over the cores.
        Rivals = catalog.Models.AsParallel()
            .Select(m => (m.Slug, Rivals: ComparisonEngine.RivalsOf(catalog, this, m)))
            .ToArray()
            .ToFrozenDictionary(x => x.Slug, x => x.Rivals, StringComparer.Ordinal);
        Index = new IndexPlan(catalog, this);
        PriceScores = PriceScoreCharts.Build(catalog, Boards, Prices);
        BenchmarkIndex = ComparisonEngine.BuildBenchmarkIndex(catalog, Boards);
        CheapestRouteFor = catalog.Models
            .Where(m => Prices[m.Slug].Cheapest is not null)
            .GroupBy(m => Prices[m.Slug].Cheapest!.ProviderSlug, StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.OrderBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ThenBy(m => m.Slug, StringComparer.Ordinal).ToImmutableArray(),
                StringComparer.Ordinal);
        Picker = ComparisonEngine.PickerEntriesOf(catalog, this);
        ProviderList = ComparisonEngine.ProviderListOf(catalog, CheapestRouteFor);
    }

    /// <summary>Per provider, the models whose cheapest costed route (lowest 70/30 blend) is on it, by name.</summary>
    public FrozenDictionary<string, ImmutableArray<Model>> CheapestRouteFor { get; }

    /// <summary>The providers list's rows, by name.</summary>
    public ImmutableArray<ProviderListRow> ProviderList { get; }

    /// <summary>Every model as the model picker offers it, by name.</summary>
    public ImmutableArray<PickerEntry> Picker { get; }

    /// <summary>Each benchmark's leaderboards, by benchmark slug, with each entry's price.</summary>
    public FrozenDictionary<string, ImmutableArray<Leaderboard>> Boards { get; }

    /// <summary>The price against score chart of each leaderboard that has one, by <see cref="PriceScoreCharts.BoardKey"/>.</summary>
    public FrozenDictionary<string, PriceScoreChart> PriceScores { get; }

    /// <summary>The benchmarks page's content.</summary>
    public BenchmarkIndexResult BenchmarkIndex { get; }

    /// <summary>The slugs of the models that name each model as their successor, in slug order.</summary>
    public ILookup<string, string> Predecessors { get; }

    /// <summary>Each model's family, in <see cref="ComparisonEngine.Alternatives"/> order.</summary>
    public FrozenDictionary<string, ImmutableArray<(string Slug, RelatedReason Reason)>> Family { get; }

    /// <summary>Each model's rivals from other makers, closest first, in <see cref="ComparisonEngine.Alternatives"/> order.</summary>
    public FrozenDictionary<string, ImmutableArray<ComparisonEngine.Rival>> Rivals { get; }

    /// <summary>Which pages search engines are asked to index.</summary>
    public IndexPlan Index { get; }

    /// <summary>Each model's price by <see cref="PriceRules"/>.</summary>
    public FrozenDictionary<string, ModelPrice> Prices { get; }

    /// <summary>The 70/30 blend of each priced model's reference (list or market) price.</summary>
    public FrozenDictionary<string, decimal> ReferenceBlends { get; }

    /// <summary>Each model's confirmed capabilities as bits, so ranking 300+ models by overlap is cheap.</summary>
    public FrozenDictionary<string, int> CapabilityMasks { get; }

    /// <summary>Each model's best-known score per benchmark and variant.</summary>
    public FrozenDictionary<string, ImmutableArray<ScoreView>> BestScores { get; }

    /// <summary>
    /// Per model, each benchmark category it has ranked scores in, with the mean share of other models it
    /// beats on that category's benchmarks (like for like: on a ranked leaderboard, see <see cref="RankCategories"/>), best first.
    /// </summary>
    public FrozenDictionary<string, ImmutableArray<CategoryStanding>> CategoryShares { get; }

    /// <summary>Per model with a known context window, the share of the others whose window is smaller.</summary>
    /// <summary>Each model's context to rank and compare by (<see cref="ModelLimits.RankingContext"/>), for models whose context is known.</summary>
    public FrozenDictionary<string, long> RankingContexts { get; }

    /// <summary>The model's <see cref="RankingContexts"/> entry; null when its context is unknown.</summary>
    public long? RankingContext(string modelSlug) => RankingContexts.TryGetValue(modelSlug, out var context) ? context : null;

    public FrozenDictionary<string, decimal> ContextShares { get; }

    /// <summary>Per priced model, the share of the other priced models whose reference blend is higher.</summary>
    public FrozenDictionary<string, decimal> PriceShares { get; }

    private FrozenDictionary<string, string> ProviderNames { get; }

    public string ProviderName(string slug) => ProviderNames.GetValueOrDefault(slug, slug);

    public static int CapabilityMask(CapabilitySet capabilities) =>
        CapabilitySet.All.Where(capabilities.Has).Aggregate(0, (mask, c) => mask | (1 << (int)c));

    /// <summary>
    /// The one price "similar price" compares models by (alternatives, rivals), per model slug: the 70/30
    /// blend of the list or market price (never a reseller's). Models without a positive price are absent.
    /// </summary>
    public FrozenDictionary<string, decimal> ComparablePrices { get; }

    public static string ProviderName(CatalogSnapshot catalog, string providerSlug) =>
        catalog.FindProvider(providerSlug)?.Name ?? providerSlug;

    /// <summary>
    /// For each key, the share of the other keys it beats (ties beat no one); empty when fewer than
    /// <see cref="MinRankedModels"/> are ranked, since a rank among a handful says little.
    /// </summary>
    private static FrozenDictionary<string, decimal> Shares(IEnumerable<(string Key, decimal Value)> items, bool higherIsBetter)
    {
        var list = items.ToList();
        if (list.Count < MinRankedModels)
        {
            return FrozenDictionary<string, decimal>.Empty;
        }

        var sorted = list.Select(x => x.Value).Order().ToArray();
        return list.ToFrozenDictionary(
            x => x.Key,
            x => (decimal)(higherIsBetter ? LowerBound(sorted, x.Value) : sorted.Length - UpperBound(sorted, x.Value)) / (list.Count - 1),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Where each model stands per benchmark category, from the leaderboards alone: a benchmark counts by the model's
    /// place on its first ranked board that holds the model among at least <see cref="MinRankedModels"/> (independent
    /// runs first, the larger board first; see <see cref="Leaderboards.Build"/>). A board ranks only comparable scores
    /// (one kind, one source, one sampling and harness), so a model is never said to rank high against runs in another
    /// agent, at another sampling, from another source, or against another kind of claim.
    /// </summary>
    private static FrozenDictionary<string, ImmutableArray<CategoryStanding>> RankCategories(CatalogSnapshot catalog, FrozenDictionary<string, ImmutableArray<Leaderboard>> boards)
    {
        var shares = new Dictionary<string, List<(BenchmarkCategory Category, decimal Share, string Name, bool MakersClaims)>>(StringComparer.Ordinal);
        foreach (var benchmark in catalog.Benchmarks)
        {
            var placed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var board in boards.GetValueOrDefault(benchmark.Slug, []).Where(b => b.Ranked))
            {
                var ranked = Shares(board.Entries.Select(e => (e.Model.Slug, e.Score.Value)), benchmark.HigherIsBetter);
                foreach (var (model, share) in ranked)
                {
                    if (!placed.Add(model))
                    {
                        continue;
                    }

                    if (!shares.TryGetValue(model, out var own))
                    {
                        shares[model] = own = [];
                    }

                    own.Add((benchmark.Category, share, benchmark.Name, board.Kind == LeaderboardKind.MakersClaims));
                }
            }
        }

        return shares.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value
                .GroupBy(x => x.Category)
                .Select(g => new CategoryStanding(g.Key, g.Average(x => x.Share), g.Count())
                {
                    Leading = [.. g.Where(x => x.Share >= DecisionRules.TopShare).OrderByDescending(x => x.Share).ThenBy(x => x.Name, StringComparer.Ordinal).Select(x => x.Name).Distinct(StringComparer.Ordinal)],
                    LeadingOnMakersClaims = [.. g.Where(x => x.Share >= DecisionRules.TopShare && x.MakersClaims).Select(x => x.Name).Distinct(StringComparer.Ordinal)],
                })
                .OrderByDescending(c => c.Share)
                .ThenBy(c => c.Category)
                .ToImmutableArray(),
            StringComparer.Ordinal);
    }

    private static int LowerBound(decimal[] sorted, decimal value)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] < value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }

    private static int UpperBound(decimal[] sorted, decimal value)
    {
        var (lo, hi) = (0, sorted.Length);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = sorted[mid] <= value ? (mid + 1, hi) : (lo, mid);
        }

        return lo;
    }
}

/// <summary>
/// Where a model stands in one benchmark category: the mean share of other models it beats, over how many
/// benchmarks; <see cref="Leading"/> names the benchmarks on which it is in the top quarter, best first.
/// </summary>
public sealed record CategoryStanding(BenchmarkCategory Category, decimal Share, int Benchmarks)
{
    /// <summary>The category's benchmarks on which the model is in the top quarter, best first.</summary>
    public ImmutableArray<string> Leading { get; init; } = [];

    /// <summary>Those of <see cref="Leading"/> that place the model on a board of the makers' own claims.</summary>
    public ImmutableArray<string> LeadingOnMakersClaims { get; init; } = [];
}
