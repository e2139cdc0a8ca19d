using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// The context a reader can use. A model's context window is its maker's figure; a host may serve less (Meta states
/// 10M tokens for Llama 4 Scout, no host serves more than 3.5M). Whatever ranks or compares models by context (the
/// largest-context list, the model list's sort and filter, the catalog's context shares, a pair page's context
/// reasons) uses <see cref="RankingContext"/>: the largest context a route serves where that is smaller than the
/// maker's figure, else the maker's figure. The spec cell says both.
/// </summary>
public static class ModelLimits
{
    /// <summary>The largest context window any of the model's routes serves; null when no route states one.</summary>
    public static long? ServedContext(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        return catalog.RoutesFor(model.Slug).Select(r => r.ContextWindow).Max();
    }

    /// <summary>The model's context as its spec row says it (<see cref="Sentences.ContextCell"/>), for every table and list that shows it.</summary>
    public static string Text(SnapshotView catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Sentences.ContextCell(model.ContextWindow, RankingContext(catalog, model));
    }

    /// <summary>
    /// The context to rank and compare by: the largest served when it is below the maker's figure, else the maker's
    /// figure; null when the maker's is unknown. Worked out once per snapshot (<see cref="CatalogStats.RankingContexts"/>).
    /// </summary>
    public static long? RankingContext(SnapshotView catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        return catalog.Stats.RankingContext(model.Slug);
    }

    /// <summary>What <see cref="RankingContext"/> reads, from the model's routes.</summary>
    internal static long? WorkOutRankingContext(CatalogSnapshot catalog, Model model)
    {
        var served = ServedContext(catalog, model);
        return model.ContextWindow is { } stated
            ? served is { } s && s < stated ? s : stated
            : null;
    }
}
