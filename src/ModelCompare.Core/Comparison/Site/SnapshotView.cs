using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// A catalog snapshot with the figures the comparison rules derive from the whole of it (<see cref="CatalogStats"/>:
/// each model's price, benchmark ranks, leaderboards, rivals, which pages are indexed). The site builds one when it
/// loads a snapshot, before the snapshot goes live, and every engine of that snapshot (one per day) shares it; no
/// request ever builds one.
/// </summary>
public sealed class SnapshotView
{
    /// <summary>Works out <paramref name="snapshot"/>'s figures: the costly part of loading a catalog.</summary>
    public SnapshotView(CatalogSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        Snapshot = snapshot;
        Stats = new CatalogStats(snapshot);
    }

    /// <summary>The catalog the figures were worked out from.</summary>
    public CatalogSnapshot Snapshot { get; }

    /// <summary>Figures derived from the whole catalog, built with this view.</summary>
    internal CatalogStats Stats { get; }
}
