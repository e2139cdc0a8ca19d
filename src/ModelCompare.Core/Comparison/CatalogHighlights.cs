using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>A pair of models worth comparing, slugs in ordinal order.</summary>
public sealed record PairLink(Model First, Model Second)
{
    public string Label => Sentences.RelatedLabel(First.Name, Second.Name);

    public string Path => ComparisonEngine.CanonicalPath(First.Slug, Second.Slug);
}

/// <summary>A model with the price that put it on a list.</summary>
public sealed record PricedModel(Model Model, ModelPrice Price)
{
    /// <summary>"$0.32 list price", "$0.41 market price": the 70/30 blend of the reference price.</summary>
    public string Text => $"{Formatting.PricePerMillion(Price.ReferenceBlend!.Value)} {Formatting.PriceBasisName(Price.Basis)}";
}

/// <summary>The home page's lists, derived from the data alone. Plain C#, no I/O.</summary>
public static class CatalogHighlights
{
    /// <summary>How many of the most covered models the popular pairs are drawn from.</summary>
    public const int PopularPool = 8;

    /// <summary>Models with a release date, newest first (ties by slug).</summary>
    public static ImmutableArray<Model> Newest(CatalogSnapshot catalog, int count)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Models
            .Where(m => m.ReleaseDate is not null)
            .OrderByDescending(m => m.ReleaseDate)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>Models with a known context window, largest first (ties: newest, then slug).</summary>
    public static ImmutableArray<Model> LargestContext(CatalogSnapshot catalog, int count)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Models
            .Where(m => m.ContextWindow is not null)
            .OrderByDescending(m => m.ContextWindow)
            .ThenByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>
    /// A capable model calls functions or tools and reads at least 128K tokens. Listed by the 70/30 blend of
    /// their list price (or market price, when the maker sells none), lowest first; never by a reseller's
    /// price. Models without a price, or free from their maker, are left out.
    /// </summary>
    public static bool IsCapable(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (model.Capabilities.Has(Capability.FunctionCalling) || model.Capabilities.Has(Capability.ToolUse))
            && model.ContextWindow >= DecisionRules.RagContext;
    }

    public static ImmutableArray<PricedModel> CheapestCapable(CatalogSnapshot catalog, int count)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Models
            .Where(IsCapable)
            .Select(m => (Model: m, Price: ComparisonEngine.PriceOf(catalog, m)))
            .Where(x => x.Price.ReferenceBlend > 0m)
            .OrderBy(x => x.Price.ReferenceBlend)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Take(count)
            .Select(x => new PricedModel(x.Model, x.Price))];
    }

    /// <summary>How much the catalog knows of a model: its providers plus the benchmarks it has a score on.</summary>
    public static int Coverage(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        return catalog.RoutesFor(model.Slug).Select(r => r.ProviderSlug).Distinct(StringComparer.Ordinal).Count()
            + catalog.ScoresFor(model.Slug).Select(s => s.BenchmarkSlug).Distinct(StringComparer.Ordinal).Count();
    }

    /// <summary>
    /// Pairs among the <see cref="PopularPool"/> best-covered models (see <see cref="Coverage"/>), the pair
    /// with the most combined coverage first.
    /// </summary>
    public static ImmutableArray<PairLink> PopularPairs(CatalogSnapshot catalog, int count)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var pool = catalog.Models
            .Select(m => (Model: m, Coverage: Coverage(catalog, m)))
            .Where(x => x.Coverage > 0)
            .OrderByDescending(x => x.Coverage)
            .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
            .Take(PopularPool)
            .ToList();
        var pairs = new List<(PairLink Pair, int Coverage)>();
        for (var i = 0; i < pool.Count; i++)
        {
            for (var j = i + 1; j < pool.Count; j++)
            {
                var (x, y) = string.CompareOrdinal(pool[i].Model.Slug, pool[j].Model.Slug) < 0 ? (pool[i].Model, pool[j].Model) : (pool[j].Model, pool[i].Model);
                pairs.Add((new PairLink(x, y), pool[i].Coverage + pool[j].Coverage));
            }
        }

        return [.. pairs
            .OrderByDescending(p => p.Coverage)
            .ThenBy(p => p.Pair.Path, StringComparer.Ordinal)
            .Take(count)
            .Select(p => p.Pair)];
    }
}
