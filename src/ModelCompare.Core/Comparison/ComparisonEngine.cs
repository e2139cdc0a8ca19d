using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Compares two models of one catalog snapshot at one traffic profile, on one day. Plain C#: no I/O.
/// Immutable: the site builds one per catalog view (a snapshot and the day it is judged on), so every
/// page of a day says the same thing; catalog-wide figures are built with each snapshot and dropped with it.
/// </summary>
public sealed partial class ComparisonEngine
{
    private readonly DateOnly _today;

    /// <summary>An engine that judges statuses on <paramref name="today"/>.</summary>
    public ComparisonEngine(DateOnly today)
    {
        _today = today;
    }

    /// <summary>An engine whose day is the clock's day (UTC) when it is made.</summary>
    public ComparisonEngine(TimeProvider time)
        : this(DayOf(time))
    {
    }

    /// <summary>An engine whose day is the system clock's day when it is made.</summary>
    public ComparisonEngine()
        : this(TimeProvider.System)
    {
    }

    /// <summary>The day (UTC) a clock reads now.</summary>
    public static DateOnly DayOf(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
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
    /// The day the rules count from (whether a model is retired yet, a retirement "in 3 months"): the day this
    /// engine was made for, read from the host's clock, never the day the data was built, so a model retires on
    /// its date without a rebuild.
    /// </summary>
    public DateOnly Today() => _today;

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
