using System.Runtime.CompilerServices;
using ModelCompare.Catalog;

namespace ModelCompare.Web.Site;

/// <summary>
/// A value computed once per catalog snapshot and dropped with it. Snapshots are immutable, so the
/// value never goes stale: a new snapshot simply misses and computes its own.
/// </summary>
public sealed class SnapshotMemo<T>(Func<CatalogSnapshot, T> compute)
    where T : class
{
    private readonly ConditionalWeakTable<CatalogSnapshot, T> _values = [];

    public T For(CatalogSnapshot snapshot) => _values.GetValue(snapshot, s => compute(s));
}
