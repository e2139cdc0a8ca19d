using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Compares two models of one catalog snapshot at one traffic profile. Plain C#: no I/O. Safe to share
/// as a singleton; catalog-wide figures are built with each snapshot and dropped with it.
/// </summary>
public sealed partial class ComparisonEngine(TimeProvider time)
{
    /// <summary>An engine whose day is the system clock's.</summary>
    public ComparisonEngine()
        : this(TimeProvider.System)
    {
    }

    private static CatalogStats StatsFor(CatalogSnapshot catalog) => catalog.Stats;

    /// <summary>A model's price by <see cref="PriceRules"/>, worked out when the snapshot was built.</summary>
    public static ModelPrice PriceOf(CatalogSnapshot catalog, Model model)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(model);
        return catalog.Stats.Prices.TryGetValue(model.Slug, out var price)
            ? price
            : PriceRules.For(model, catalog.RoutesFor(model.Slug), catalog.FindProvider);
    }

    /// <summary>
    /// The day the rules count from (whether a model is retired yet, a retirement "in 3 months"): today by the
    /// injected clock (UTC), never the day the data was built, so a model retires on its date without a rebuild.
    /// </summary>
    public DateOnly Today() => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>Which pages of this snapshot search engines are asked to index (<see cref="IndexPlan"/>).</summary>
    public static IndexPlan IndexPlanOf(CatalogSnapshot catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Stats.Index;
    }

    /// <summary>"/compare/{a}-vs-{b}" with the two slugs in ordinal order.</summary>
    public static string CanonicalPath(string slugA, string slugB) =>
        string.CompareOrdinal(slugA, slugB) <= 0 ? $"/compare/{slugA}-vs-{slugB}" : $"/compare/{slugB}-vs-{slugA}";
}
