using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// The comparison rules over one catalog snapshot, judged on one day: every page type's content comes from one
/// of its instance methods. Plain C#: no I/O. Immutable: the site builds one per catalog view (a snapshot and the
/// day it is judged on), so every page of a day says the same thing; the engines of one snapshot share its
/// <see cref="SnapshotView"/>, the catalog-wide figures built once when the snapshot was loaded.
/// </summary>
public sealed partial class ComparisonEngine
{
    private readonly DateOnly _today;

    /// <summary>An engine over <paramref name="view"/> that judges statuses on <paramref name="today"/>.</summary>
    public ComparisonEngine(SnapshotView view, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(view);
        View = view;
        _today = today;
    }

    /// <summary>An engine over <paramref name="catalog"/>, whose figures it works out first, judging statuses on <paramref name="today"/>.</summary>
    public ComparisonEngine(CatalogSnapshot catalog, DateOnly today)
        : this(new SnapshotView(catalog), today)
    {
    }

    /// <summary>An engine over <paramref name="catalog"/> whose day is the clock's day (UTC) when it is made.</summary>
    public ComparisonEngine(CatalogSnapshot catalog, TimeProvider time)
        : this(catalog, DayOf(time))
    {
    }

    /// <summary>An engine over <paramref name="catalog"/> whose day is the system clock's day when it is made.</summary>
    public ComparisonEngine(CatalogSnapshot catalog)
        : this(catalog, TimeProvider.System)
    {
    }

    /// <summary>The snapshot and its catalog-wide figures this engine reads.</summary>
    public SnapshotView View { get; }

    /// <summary>The catalog this engine compares models of.</summary>
    public CatalogSnapshot Catalog => View.Snapshot;

    private CatalogStats Stats => View.Stats;

    /// <summary>The day (UTC) a clock reads now.</summary>
    public static DateOnly DayOf(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    /// <summary>A model's price by <see cref="PriceRules"/>, worked out when the snapshot's figures were built.</summary>
    public ModelPrice PriceOf(Model model) => PriceOf(View, model);

    /// <summary>A model's price in <paramref name="view"/>'s figures, or worked out from its routes when it is not in the catalog.</summary>
    internal static ModelPrice PriceOf(SnapshotView view, Model model)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(model);
        return view.Stats.Prices.TryGetValue(model.Slug, out var price)
            ? price
            : PriceRules.For(model, view.Snapshot.RoutesFor(model.Slug), view.Snapshot.FindProvider);
    }

    /// <summary>
    /// The day the rules count from (whether a model is retired yet, a retirement "in 3 months"): the day this
    /// engine was made for, read from the host's clock, never the day the data was built, so a model retires on
    /// its date without a rebuild.
    /// </summary>
    public DateOnly Today() => _today;

    /// <summary>Which pages of this snapshot search engines are asked to index (<see cref="Comparison.IndexPlan"/>).</summary>
    public IndexPlan IndexPlan => Stats.Index;

    /// <summary>"/compare/{a}-vs-{b}" with the two slugs in ordinal order.</summary>
    public static string CanonicalPath(string slugA, string slugB) =>
        string.CompareOrdinal(slugA, slugB) <= 0 ? $"/compare/{slugA}-vs-{slugB}" : $"/compare/{slugB}-vs-{slugA}";
}
