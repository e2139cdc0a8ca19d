using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>A pair of models worth comparing, slugs in ordinal order.</summary>
public sealed record PairLink(Model First, Model Second)
{
    public string Label => Sentences.RelatedLabel(First.Name, Second.Name);

    public string Path => ComparisonEngine.CanonicalPath(First.Slug, Second.Slug);

    /// <summary>The pair of two models, whichever order they are given in.</summary>
    public static PairLink Of(Model x, Model y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        return string.CompareOrdinal(x.Slug, y.Slug) <= 0 ? new PairLink(x, y) : new PairLink(y, x);
    }
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
    /// <summary>How many of each maker's best-covered models the popular pairs are drawn from.</summary>
    public const int PopularPerMaker = 2;

    /// <summary>The most popular pairs one model appears in.</summary>
    public const int PopularPairsPerModel = 2;

    /// <summary>Models with a release date, not retired on <paramref name="today"/>, newest first (ties by slug).</summary>
    public static ImmutableArray<Model> Newest(CatalogSnapshot catalog, int count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Models
            .Where(m => m.ReleaseDate is not null && !ModelLifecycle.IsRetired(m, today))
            .OrderByDescending(m => m.ReleaseDate)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary><see cref="LargestContext(SnapshotView, int, DateOnly)"/> with each model's context as its spec row says it (<see cref="ModelLimits.Text"/>).</summary>
    public static ImmutableArray<ContextHighlight> LargestContextWithText(SnapshotView catalog, int count, DateOnly today) =>
        [.. LargestContext(catalog, count, today).Select(m => new ContextHighlight(m, ModelLimits.Text(catalog, m)))];

    /// <summary>Models with a known context window, not retired on <paramref name="today"/>, largest first by the context a route serves (<see cref="ModelLimits.RankingContext"/>; ties: newest, then slug).</summary>
    public static ImmutableArray<Model> LargestContext(SnapshotView catalog, int count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Snapshot.Models
            .Where(m => m.ContextWindow is not null && !ModelLifecycle.IsRetired(m, today))
            .OrderByDescending(m => ModelLimits.RankingContext(catalog, m))
            .ThenByDescending(m => m.ReleaseDate ?? DateOnly.MinValue)
            .ThenBy(m => m.Slug, StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>
    /// A capable model calls functions or tools and reads at least 128K tokens. Listed by the 70/30 blend of
    /// their list price (or market price, when the maker sells none), lowest first; never by a reseller's
    /// price. Models without a price, free from their maker, or retired on the day the list is drawn are left out.
    /// </summary>
    public static bool IsCapable(Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return (model.Capabilities.Has(Capability.FunctionCalling) || model.Capabilities.Has(Capability.ToolUse))
            && model.ContextWindow >= DecisionRules.RagContext;
    }

    public static ImmutableArray<PricedModel> CheapestCapable(SnapshotView catalog, int count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return [.. catalog.Snapshot.Models
            .Where(m => IsCapable(m) && !ModelLifecycle.IsRetired(m, today))
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
    /// Pairs of models from different makers, so no one maker fills the list. The rule, in order:
    /// <list type="number">
    /// <item>each maker puts forward its <see cref="PopularPerMaker"/> best-covered models (see
    /// <see cref="Coverage"/>; ties go to the newer model, then the slug) among those <see cref="IndexPlan"/>
    /// indexes (current, not a snapshot or preview of another model), models with no coverage or retired on
    /// <paramref name="today"/> left out;</item>
    /// <item>every two of those from different makers whose pair page <see cref="IndexPlan"/> indexes (makers'
    /// flagships against each other always are) make a candidate pair, the pair with the most combined
    /// coverage first (ties by path), so every popular comparison is a page search engines are asked to index;</item>
    /// <item>pairs are taken in that order, skipping one whose model is already in
    /// <see cref="PopularPairsPerModel"/> taken pairs or whose maker is already in a quarter of
    /// <paramref name="count"/> (rounded up).</item>
    /// </list>
    /// A catalog with too few makers gives fewer pairs than asked for.
    /// </summary>
    public static ImmutableArray<PairLink> PopularPairs(SnapshotView view, int count, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(view);
        var (catalog, plan) = (view.Snapshot, view.Stats.Index);
        var pool = catalog.Models
            .Where(m => plan.Models.Contains(m.Slug) && !ModelLifecycle.IsRetired(m, today))
            .Select(m => (Model: m, Coverage: Coverage(catalog, m)))
            .Where(x => x.Coverage > 0)
            .GroupBy(x => x.Model.MakerSlug, StringComparer.Ordinal)
            .SelectMany(g => g
                .OrderByDescending(x => x.Coverage)
                .ThenByDescending(x => x.Model.ReleaseDate ?? DateOnly.MinValue)
                .ThenBy(x => x.Model.Slug, StringComparer.Ordinal)
                .Take(PopularPerMaker))
            .ToList();
        var candidates = new List<(PairLink Pair, int Coverage)>();
        for (var i = 0; i < pool.Count; i++)
        {
            for (var j = i + 1; j < pool.Count; j++)
            {
                if (pool[i].Model.MakerSlug != pool[j].Model.MakerSlug && plan.IsIndexed(pool[i].Model.Slug, pool[j].Model.Slug))
                {
                    candidates.Add((PairLink.Of(pool[i].Model, pool[j].Model), pool[i].Coverage + pool[j].Coverage));
                }
            }
        }

        var perMaker = Math.Max(1, (count + 3) / 4);
        var makers = new Dictionary<string, int>(StringComparer.Ordinal);
        var models = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new List<PairLink>();
        foreach (var (pair, _) in candidates.OrderByDescending(p => p.Coverage).ThenBy(p => p.Pair.Path, StringComparer.Ordinal))
        {
            if (taken.Count == count)
            {
                break;
            }

            Model[] sides = [pair.First, pair.Second];
            if (sides.Any(m => models.GetValueOrDefault(m.Slug) >= PopularPairsPerModel || makers.GetValueOrDefault(m.MakerSlug) >= perMaker))
            {
                continue;
            }

            foreach (var m in sides)
            {
                models[m.Slug] = models.GetValueOrDefault(m.Slug) + 1;
                makers[m.MakerSlug] = makers.GetValueOrDefault(m.MakerSlug) + 1;
            }

            taken.Add(pair);
        }

        return [.. taken];
    }
}

/// <summary>A model on the home page's largest-context list, with its context in the words its spec row uses.</summary>
public sealed record ContextHighlight(Model Model, string Context);
