using ModelCompare.Catalog;
using ModelCompare.Data.Storage;

namespace ModelCompare.Data;

/// <summary>The outcome of bringing the database up to date with the data files.</summary>
public sealed record CatalogBuildResult(CatalogSnapshot? Snapshot, DataSet Data, bool Rebuilt)
{
    public IReadOnlyList<Files.DataProblem> Problems => Data.Problems;
}

/// <summary>Files -> validation -> SQLite -> snapshot, rebuilding the database only when the data changed.</summary>
public static class CatalogBuilder
{
    /// <summary>
    /// Validates the data; when it is valid and differs from what the database was built from, rebuilds
    /// the database; then loads the snapshot. When the data is invalid the last good database (if any)
    /// is loaded and left untouched, and the problems are returned.
    /// </summary>
    public static CatalogBuildResult Refresh(CatalogPaths paths, TimeProvider time, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(time);
        var data = DataSetReader.Read(paths.DataDirectory, progress);
        var builtHash = CatalogDatabase.ReadDataHash(paths.DatabasePath);
        if (!data.IsValid)
        {
            return new CatalogBuildResult(builtHash is null ? null : CatalogDatabase.Load(paths.DatabasePath), data, false);
        }

        var rebuild = builtHash != data.Hash;
        if (rebuild)
        {
            CatalogDatabase.Build(data, paths.DatabasePath, time.GetUtcNow());
        }

        return new CatalogBuildResult(CatalogDatabase.Load(paths.DatabasePath), data, rebuild);
    }
}
