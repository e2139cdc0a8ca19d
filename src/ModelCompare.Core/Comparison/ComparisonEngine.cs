using System.Runtime.CompilerServices;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// Compares two models of one catalog snapshot at one traffic profile. Plain C#: no I/O. Safe to share
/// as a singleton; catalog-wide figures are computed once per snapshot and dropped with it.
/// </summary>
public sealed partial class ComparisonEngine
{
    private readonly ConditionalWeakTable<CatalogSnapshot, CatalogStats> _stats = [];

    private CatalogStats StatsFor(CatalogSnapshot catalog) => _stats.GetValue(catalog, c => new CatalogStats(c));

    /// <summary>"/compare/{a}-vs-{b}" with the two slugs in ordinal order.</summary>
    public static string CanonicalPath(string slugA, string slugB) =>
        string.CompareOrdinal(slugA, slugB) <= 0 ? $"/compare/{slugA}-vs-{slugB}" : $"/compare/{slugB}-vs-{slugA}";
}
