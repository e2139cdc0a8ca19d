using System.Collections.Frozen;
using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>Catalog-wide figures the rules rank a model against, computed once per snapshot.</summary>
internal sealed class CatalogStats
{
    public CatalogStats(CatalogSnapshot catalog)
    {
        Blends = catalog.Models
            .Select(m => (m.Slug, Blend: CheapestBlend(catalog, m.Slug)))
            .Where(x => x.Blend is not null)
            .ToFrozenDictionary(x => x.Slug, x => x.Blend!, StringComparer.Ordinal);
        CodingMedians = catalog.Scores
            .Where(s => catalog.FindBenchmark(s.BenchmarkSlug)?.Category == BenchmarkCategory.Coding)
            .GroupBy(s => (s.BenchmarkSlug, Variant: s.Variant ?? string.Empty))
            .Where(g => g.Select(s => s.ModelSlug).Distinct(StringComparer.Ordinal).Count() >= 2)
            .ToFrozenDictionary(g => g.Key, g => Median(g.Select(s => s.Value)));
        ComparablePrices = Blends
            .Where(kv => kv.Value.Value > 0m)
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Value, StringComparer.Ordinal);
        CapabilityMasks = catalog.Models.ToFrozenDictionary(m => m.Slug, m => CapabilityMask(m.Capabilities), StringComparer.Ordinal);
    }

    /// <summary>Each model's confirmed capabilities as bits, so ranking 300+ models by overlap is cheap.</summary>
    public FrozenDictionary<string, int> CapabilityMasks { get; }

    public static int CapabilityMask(CapabilitySet capabilities) =>
        CapabilitySet.All.Where(capabilities.Has).Aggregate(0, (mask, c) => mask | (1 << (int)c));

    public FrozenDictionary<string, BlendedPrice> Blends { get; }

    /// <summary>
    /// The one price "similar price" compares models by (alternatives, rivals), per model slug; models
    /// without a positive price are absent. Today the cheapest 70/30 blend: to compare by another price,
    /// change the line in the constructor that fills this.
    /// </summary>
    public FrozenDictionary<string, decimal> ComparablePrices { get; }

    public FrozenDictionary<(string Benchmark, string Variant), decimal> CodingMedians { get; }

    public static string ProviderName(CatalogSnapshot catalog, string providerSlug) =>
        catalog.FindProvider(providerSlug)?.Name ?? providerSlug;

    /// <summary>The complete-price route with the lowest 70/30 blend; ties go to the first provider slug.</summary>
    public static BlendedPrice? CheapestBlend(CatalogSnapshot catalog, string modelSlug) => catalog.RoutesFor(modelSlug)
        .Where(r => r.HasCompletePrice)
        .Select(r => new BlendedPrice(r.ProviderSlug, ProviderName(catalog, r.ProviderSlug), r.Price!.Input!.Value, r.Price.Output!.Value, Pricing.Blend(r.Price.Input.Value, r.Price.Output.Value)) { RouteKey = r.Key })
        .OrderBy(b => b.Value)
        .ThenBy(b => b.RouteKey, StringComparer.Ordinal)
        .FirstOrDefault();

    private static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToImmutableArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2m;
    }
}
