using ModelCompare.Catalog;
using ModelCompare.Data;
using ModelCompare.Data.Files;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Holds the catalog snapshot every request reads. A new snapshot replaces the old one in a single
/// reference swap, so a request sees either the old data or the new, never a mix.
/// </summary>
public sealed partial class CatalogStore(CatalogPaths paths, TimeProvider time, ILogger<CatalogStore> logger) : ICatalogAccessor
{
    private readonly Lock _refreshing = new();
    private readonly AsyncLocal<CatalogSnapshot?> _pinned = new();
    private volatile State? _state;

    private sealed record State(CatalogSnapshot Snapshot, IReadOnlyList<DataProblem> Problems, string? DatabaseProblem = null, bool ReloadFailed = false);

    /// <summary>
    /// The snapshot pinned for the current request (see <see cref="Pin"/>), or else the latest one.
    /// Pinning lets every part of one response (page model, layout, ETag, cache key) read one version.
    /// </summary>
    public CatalogSnapshot Current => _pinned.Value ?? Latest;

    /// <summary>The newest good snapshot.</summary>
    public CatalogSnapshot Latest => (_state ?? throw new InvalidOperationException("The catalog has not been loaded yet.")).Snapshot;

    /// <summary>Makes <see cref="Current"/> return today's snapshot for the rest of this async flow (one request).</summary>
    public CatalogSnapshot Pin()
    {
        var snapshot = Latest;
        _pinned.Value = snapshot;
        return snapshot;
    }

    /// <summary>Problems in the data files that kept the last change from going live; empty when the data is good.</summary>
    public IReadOnlyList<DataProblem> Problems => _state?.Problems ?? [];

    /// <summary>What is wrong with the database file or its folder (not with the data files), or null. For the log and tests, not the public.</summary>
    public string? DatabaseProblem => _state?.DatabaseProblem;

    /// <summary>True when the last reload failed for a reason the data files do not explain (details in the log).</summary>
    public bool ReloadFailed => _state?.ReloadFailed ?? false;

    public bool IsLoaded => _state is not null;

    public CatalogPaths Paths => paths;

    /// <summary>Raised after a snapshot of a different data version has been swapped in.</summary>
    public event Action<CatalogSnapshot>? SnapshotChanged;

    /// <summary>Loads the catalog unless it already is (the site loads it before it starts listening).</summary>
    public void EnsureLoaded()
    {
        if (_state is null)
        {
            Refresh();
        }
    }

    /// <summary>Validates the data files and, when they are good, swaps in a snapshot of them.</summary>
    /// <returns>True when the snapshot now reflects the files on disk.</returns>
    /// <exception cref="CatalogUnavailableException">The data has problems and no earlier good catalog exists (a start-up failure).</exception>
    public bool Refresh()
    {
        lock (_refreshing)
        {
            var result = CatalogBuilder.Refresh(paths, time, _state?.Snapshot);
            if (result.Snapshot is null && _state is null)
            {
                // Nothing to serve at start: the exception's one line says why; the caller prints it.
                throw new CatalogUnavailableException(StartFailure(result));
            }

            LogOutcome(result);
            if (result.Snapshot is null)
            {
                _state = _state! with { Problems = result.Problems, DatabaseProblem = result.DatabaseProblem, ReloadFailed = false };
                return false;
            }

            var previous = _state?.Snapshot;
            if (!result.IsValid)
            {
                LogProblems(result.Problems);
                LogRefused(logger, result.Problems.Count, result.Snapshot.Version.ShortHash);
                _state = new State(result.Snapshot, result.Problems, result.DatabaseProblem);
                if (!ReferenceEquals(result.Snapshot, previous))
                {
                    SnapshotChanged?.Invoke(result.Snapshot);
                }

                return false;
            }

            // Saving a file without changing it keeps the snapshot (and every cached page) as it is.
            var next = previous is not null && previous.Version == result.Snapshot.Version ? previous : result.Snapshot;
            _state = new State(next, [], result.DatabaseProblem);
            if (!ReferenceEquals(next, previous))
            {
                LogLoaded(logger, next.Models.Length, next.Routes.Length, next.Version.ShortHash, result.Rebuilt);
                if (result.Warnings.Count > 0)
                {
                    LogWarnings(logger, result.Warnings.Count);
                }

                SnapshotChanged?.Invoke(next);
            }

            return true;
        }
    }

    /// <summary>
    /// The live-reload path: like <see cref="Refresh"/>, but never throws. A failure the data files do not
    /// explain is logged with its details and reported by the health check while the last good snapshot stays.
    /// </summary>
    public bool TryRefresh()
    {
        try
        {
            return Refresh();
        }
#pragma warning disable CA1031 // Whatever goes wrong while reloading, the site must keep serving the last good catalog.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReloadFailed(logger, ex);
            if (_state is { } state)
            {
                _state = state with { ReloadFailed = true };
            }

            return false;
        }
    }

    /// <summary>One line that says why the site cannot start and what to do.</summary>
    private string StartFailure(CatalogBuildResult result)
    {
        var database = result.DatabaseProblem is { } problem ? $"; the database at {paths.DatabasePath} cannot be used: {problem}" : "";
        if (!Directory.Exists(paths.DataDirectory))
        {
            return $"the data folder {paths.DataDirectory} does not exist, and there is no earlier good catalog at {paths.DatabasePath}{database}. Pass --data with the data folder.";
        }

        var first = result.Problems.Count > 0 ? $" The first: {result.Problems[0]}." : "";
        return $"the data files in {paths.DataDirectory} have {result.Problems.Count} problem(s) and there is no earlier good catalog{database}.{first} To list them all: dotnet run --project src/ModelCompare.Web -- validate --data {paths.DataDirectory}";
    }

    private void LogOutcome(CatalogBuildResult result)
    {
        switch (result.Outcome)
        {
            case CatalogOutcome.LoadedDatabase:
                LogDatabaseLoaded(logger, paths.DatabasePath);
                break;
            case CatalogOutcome.Rebuilt:
                LogRebuilt(logger, paths.DatabasePath, result.Reason);
                break;
            case CatalogOutcome.RebuiltElsewhere:
                LogRebuiltElsewhere(logger, paths.DatabasePath, result.DatabaseProblem ?? "", result.Reason);
                break;
            case CatalogOutcome.KeptLastGoodDatabase:
                LogKeptDatabase(logger, paths.DatabasePath, result.Snapshot!.Version.ShortHash, result.Problems.Count);
                break;
            case CatalogOutcome.NoCatalog:
                LogNoCatalog(logger, paths.DatabasePath, result.DatabaseProblem ?? result.Reason);
                break;
            default:
                break;
        }

        if (result.DatabaseProblem is { } problem && result.Outcome != CatalogOutcome.RebuiltElsewhere)
        {
            LogDatabaseProblem(logger, paths.DatabasePath, problem);
        }
    }

    private void LogProblems(IReadOnlyList<DataProblem> problems)
    {
        foreach (var problem in problems)
        {
            LogProblem(logger, problem.ToString());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog loaded: {Models} models, {Routes} routes, data version {Version} (database rebuilt: {Rebuilt})")]
    private static partial void LogLoaded(ILogger logger, int models, int routes, string version, bool rebuilt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data has {Count} warning(s); run the validate command to see them")]
    private static partial void LogWarnings(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Data problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data change refused: {Count} problem(s); still serving data version {Version}")]
    private static partial void LogRefused(ILogger logger, int count, string version);

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog database {Path} is current for the data files; loaded it")]
    private static partial void LogDatabaseLoaded(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Rebuilt the catalog database {Path} from the data files: {Reason}")]
    private static partial void LogRebuilt(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not write the catalog database {Path}: {Problem}; built it in a temporary file instead and serving that ({Reason})")]
    private static partial void LogRebuiltElsewhere(ILogger logger, string path, string problem, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Kept the last good catalog database {Path} (data version {Version}): the data files have {Count} problem(s)")]
    private static partial void LogKeptDatabase(ILogger logger, string path, string version, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "No good catalog to serve: the data files have problems and the database {Path} cannot be used ({Reason})")]
    private static partial void LogNoCatalog(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "The catalog database {Path} has a fault: {Problem}")]
    private static partial void LogDatabaseProblem(ILogger logger, string path, string problem);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the catalog failed; still serving the last good data version")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}

/// <summary>The catalog cannot be served: the data has problems and there is no earlier good catalog.</summary>
public sealed class CatalogUnavailableException : InvalidOperationException
{
    public CatalogUnavailableException()
    {
    }

    public CatalogUnavailableException(string message)
        : base(message)
    {
    }

    public CatalogUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Loads the catalog before the server takes its first request, unless the program already has.</summary>
internal sealed class CatalogLoader(CatalogStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.EnsureLoaded();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
