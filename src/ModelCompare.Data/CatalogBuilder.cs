using ModelCompare.Catalog;
using ModelCompare.Data.Files;
using ModelCompare.Data.Storage;

namespace ModelCompare.Data;

/// <summary>The outcome of bringing the database up to date with the data files.</summary>
/// <param name="Snapshot">The catalog to serve: the new data when it is valid, else the last good database (null when there is none).</param>
/// <param name="Problems">What is wrong with the data files; empty when they are valid.</param>
/// <param name="Rebuilt">True when the database was written anew.</param>
public sealed record CatalogBuildResult(CatalogSnapshot? Snapshot, IReadOnlyList<DataProblem> Problems, bool Rebuilt)
{
    /// <summary>Warnings about the files just validated; they did not keep the data from going live.</summary>
    public IReadOnlyList<DataProblem> Warnings { get; init; } = [];

    public bool IsValid => Problems.Count == 0;
}

/// <summary>Files -> validation -> SQLite -> snapshot, rebuilding the database only when the data changed.</summary>
public static class CatalogBuilder
{
    /// <summary>
    /// Brings the snapshot up to date with the data files. When the files' hash equals the one the
    /// serving snapshot or the database was built from, nothing is parsed: those files were validated
    /// when the database was built. Otherwise the data is validated; valid data is written to a new
    /// database and loaded; invalid data leaves the last good database untouched and is reported.
    /// </summary>
    /// <param name="paths">The data folder and the database file.</param>
    /// <param name="time">The clock that stamps a rebuilt database.</param>
    /// <param name="current">The snapshot being served, if any; returned as it is when the files have not changed.</param>
    /// <param name="progress">Called with (files done, files in all) while files are validated.</param>
    public static CatalogBuildResult Refresh(CatalogPaths paths, TimeProvider time, CatalogSnapshot? current = null, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(time);
        var hash = DataSetReader.Hash(paths.DataDirectory);
        if (hash is not null && current?.Version.Hash == hash)
        {
            return new CatalogBuildResult(current, [], false);
        }

        var builtHash = CatalogDatabase.ReadDataHash(paths.DatabasePath);
        if (hash is not null && builtHash == hash)
        {
            return new CatalogBuildResult(CatalogDatabase.Load(paths.DatabasePath), [], false);
        }

        var data = DataSetReader.Read(paths.DataDirectory, progress);
        if (!data.IsValid)
        {
            return new CatalogBuildResult(current ?? (builtHash is null ? null : CatalogDatabase.Load(paths.DatabasePath)), data.Problems, false);
        }

        CatalogDatabase.Build(data, paths.DatabasePath, time.GetUtcNow());
        return new CatalogBuildResult(CatalogDatabase.Load(paths.DatabasePath), [], true) { Warnings = data.Warnings };
    }
}
