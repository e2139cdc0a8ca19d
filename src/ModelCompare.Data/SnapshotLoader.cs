using Microsoft.Data.Sqlite;
using ModelCompare.Catalog;
using ModelCompare.Data.Files;
using ModelCompare.Data.Storage;

namespace ModelCompare.Data;

/// <summary>What bringing the catalog up to date did.</summary>
public enum CatalogOutcome
{
    /// <summary>The files are those the serving snapshot came from: nothing was read.</summary>
    Unchanged,

    /// <summary>The database was current for the files and was loaded.</summary>
    LoadedDatabase,

    /// <summary>The files were valid and the database was written anew from them.</summary>
    Rebuilt,

    /// <summary>The files were valid but the database could not be written; they were loaded through a temporary copy.</summary>
    RebuiltElsewhere,

    /// <summary>The files have problems: the snapshot already being served stays.</summary>
    KeptServing,

    /// <summary>The files have problems: the last good database was loaded instead.</summary>
    KeptLastGoodDatabase,

    /// <summary>The files have problems and there is no good catalog to fall back on.</summary>
    NoCatalog,
}

/// <summary>The outcome of bringing the database up to date with the data files.</summary>
/// <param name="Snapshot">The catalog to serve: the new data when it is valid, else the last good database (null when there is none).</param>
/// <param name="Problems">What is wrong with the data files; empty when they are valid.</param>
/// <param name="Rebuilt">True when the database was written anew.</param>
public sealed record CatalogBuildResult(CatalogSnapshot? Snapshot, IReadOnlyList<DataProblem> Problems, bool Rebuilt)
{
    /// <summary>Warnings about the files just validated; they did not keep the data from going live.</summary>
    public IReadOnlyList<DataProblem> Warnings { get; init; } = [];

    public bool IsValid => Problems.Count == 0;

    /// <summary>What was done, for the log line.</summary>
    public CatalogOutcome Outcome { get; init; }

    /// <summary>Why the database was rebuilt or not used, in words for the log.</summary>
    public string Reason { get; init; } = "";

    /// <summary>What is wrong with the database file or its folder (not the data files), or null.</summary>
    public string? DatabaseProblem { get; init; }
}

/// <summary>Files -> validation -> SQLite -> snapshot, rebuilding the database only when it is not current.</summary>
public static class SnapshotLoader
{
    /// <summary>
    /// Brings the snapshot up to date with the data files. When the files' hash equals the one the serving
    /// snapshot came from, nothing is read. When a sound database was built from the same files by the
    /// same schema and code, it is loaded without validating again. Otherwise the data is validated: valid
    /// data is written to a new database and loaded (through a temporary file when the database folder
    /// cannot be written); invalid data leaves the last good database untouched, serves it, and is reported.
    /// </summary>
    /// <param name="paths">The data folder and the database file.</param>
    /// <param name="time">The clock that stamps a rebuilt database.</param>
    /// <param name="current">The snapshot being served, if any; returned as it is when the files have not changed.</param>
    /// <param name="progress">Called with (files done, files in all) while files are validated.</param>
    public static CatalogBuildResult Refresh(CatalogPaths paths, TimeProvider time, CatalogSnapshot? current = null, Action<int, int>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(time);
        string? hash;
        DatabaseCheck check;
        CatalogSnapshot? loaded = null;
        if (current is null)
        {
            // At start nothing is served yet and both halves take a while: the files are hashed on another
            // thread while the database is checked and loaded. The loaded snapshot is used only when the
            // database turns out to have been built from these very files.
            var hashing = Task.Run(() => DataSetReader.Hash(paths.DataDirectory));
            check = CatalogDatabase.Check(paths.DatabasePath);
            if (check.IsLoadable && check.CurrentReader)
            {
                loaded = TryLoad(paths.DatabasePath, ref check);
            }

            hash = hashing.GetAwaiter().GetResult();
        }
        else
        {
            hash = DataSetReader.Hash(paths.DataDirectory);
            if (hash is not null && current.Version.Hash == hash)
            {
                return new CatalogBuildResult(current, [], false) { Outcome = CatalogOutcome.Unchanged, Reason = "the data files have not changed" };
            }

            check = CatalogDatabase.Check(paths.DatabasePath);
            if (check.IsCurrentFor(hash))
            {
                loaded = TryLoad(paths.DatabasePath, ref check);
            }
        }

        if (check.IsCurrentFor(hash) && loaded is not null)
        {
            return new CatalogBuildResult(loaded, [], false) { Outcome = CatalogOutcome.LoadedDatabase, Reason = "the database was built from these files" };
        }

        var databaseProblem = check.State == DatabaseState.Damaged ? check.Reason : null;
        var data = DataSetReader.Read(paths.DataDirectory, progress);
        if (!data.IsValid)
        {
            if (current is not null)
            {
                return new CatalogBuildResult(current, data.Problems, false) { Outcome = CatalogOutcome.KeptServing, DatabaseProblem = databaseProblem };
            }

            var lastGood = check.IsLoadable ? TryLoad(paths.DatabasePath, ref check) : null;
            return new CatalogBuildResult(lastGood, data.Problems, false)
            {
                Outcome = lastGood is null ? CatalogOutcome.NoCatalog : CatalogOutcome.KeptLastGoodDatabase,
                Reason = lastGood is null ? check.WhyRebuild(hash) : "",
                DatabaseProblem = check.State == DatabaseState.Damaged ? check.Reason : null,
            };
        }

        var why = check.WhyRebuild(data.Hash);
        try
        {
            CatalogDatabase.Build(data, paths.DatabasePath, time.GetUtcNow());
            return new CatalogBuildResult(CatalogDatabase.Load(paths.DatabasePath), [], true) { Outcome = CatalogOutcome.Rebuilt, Reason = why, Warnings = data.Warnings };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            // The database folder cannot be written (read-only, full, a folder in the file's place): the data
            // is valid, so serve it through a private database in the temporary folder, and say so.
            var snapshot = BuildElsewhere(data, time) ?? current ?? (check.IsLoadable ? TryLoad(paths.DatabasePath, ref check) : null);
            return new CatalogBuildResult(snapshot, [], false)
            {
                Outcome = snapshot is null ? CatalogOutcome.NoCatalog : CatalogOutcome.RebuiltElsewhere,
                Reason = why,
                Warnings = data.Warnings,
                DatabaseProblem = $"the database could not be written ({Describe(ex)})",
            };
        }
    }

    private static CatalogSnapshot? TryLoad(string path, ref DatabaseCheck check)
    {
        try
        {
            return CatalogDatabase.Load(path);
        }
        catch (Exception ex) when (ex is SqliteException or FormatException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            check = DatabaseCheck.Damaged($"its rows cannot be read ({ex.GetType().Name})");
            return null;
        }
    }

    private static CatalogSnapshot? BuildElsewhere(DataSet data, TimeProvider time)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"modelcompare-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        try
        {
            CatalogDatabase.Build(data, temp, time.GetUtcNow());
            return CatalogDatabase.Load(temp);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SqliteException)
        {
            return null;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "permission denied",
        SqliteException sqlite => $"SQLite error {sqlite.SqliteErrorCode}",
        _ => "an input/output error",
    };
}
