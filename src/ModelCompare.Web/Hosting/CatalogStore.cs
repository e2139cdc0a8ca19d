using Microsoft.Extensions.Options;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Data;
using ModelCompare.Data.Files;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Holds the catalog view every request reads: the snapshot, the day it is judged on and everything derived
/// from them (<see cref="SiteView"/>). A new view is built in full before it replaces the old one in a single
/// reference swap, so a request sees either the old view or the new, never a mix, and never builds one: the
/// first request after a reload or after midnight costs what every other does.
/// </summary>
public sealed partial class CatalogStore(CatalogPaths paths, TimeProvider time, IOptions<ModelCompareOptions> options, ILogger<CatalogStore> logger) : ICatalogAccessor
{
    private readonly Lock _refreshing = new();
    private readonly AsyncLocal<SiteView?> _pinned = new();
    private volatile State? _state;

    private sealed record State(SiteView View, IReadOnlyList<DataProblem> Problems, string? DatabaseProblem = null, bool ReloadFailed = false)
    {
        public CatalogSnapshot Snapshot => View.Snapshot;
    }

    /// <summary>
    /// The snapshot of the view pinned for the current request (see <see cref="Pin"/>), or else of the latest one.
    /// Pinning lets every part of one response (page model, layout, ETag, cache key) read one version.
    /// </summary>
    public CatalogSnapshot Current => CurrentView.Snapshot;

    /// <summary>The view pinned for the current request, or else the latest one.</summary>
    public SiteView CurrentView => _pinned.Value ?? LatestView;

    /// <summary>The newest good snapshot.</summary>
    public CatalogSnapshot Latest => LatestView.Snapshot;

    /// <summary>The newest view (of the newest good snapshot).</summary>
    public SiteView LatestView => (_state ?? throw new InvalidOperationException("The catalog has not been loaded yet.")).View;

    /// <summary>
    /// Makes <see cref="Current"/> return today's view for the rest of this async flow (one request). When the
    /// clock's day has moved past the latest view's, the view is built again for the new day first (once: the
    /// requests that arrive meanwhile wait for it), so no page judges a status on yesterday.
    /// </summary>
    public SiteView Pin()
    {
        var view = LatestView;
        if (view.Today != ComparisonEngine.DayOf(time))
        {
            view = Redate();
        }

        _pinned.Value = view;
        return view;
    }

    /// <summary>Problems in the data files that kept the last change from going live; empty when the data is good.</summary>
    public IReadOnlyList<DataProblem> Problems => _state?.Problems ?? [];

    /// <summary>What is wrong with the database file or its folder (not with the data files), or null. For the log and tests, not the public.</summary>
    public string? DatabaseProblem => _state?.DatabaseProblem;

    /// <summary>True when the last reload failed for a reason the data files do not explain (details in the log).</summary>
    public bool ReloadFailed => _state?.ReloadFailed ?? false;

    public bool IsLoaded => _state is not null;

    public CatalogPaths Paths => paths;

    /// <summary>Raised after a different view (another data version, or the same one on another day) has been swapped in.</summary>
    public event Action<SiteView>? ViewChanged;

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
            var started = time.GetTimestamp();
            var result = SnapshotLoader.Refresh(paths, time, _state?.Snapshot);
            var loaded = time.GetElapsedTime(started);
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
                var kept = ReferenceEquals(result.Snapshot, previous) ? _state!.View : Build(result.Snapshot, loaded);
                _state = new State(kept, result.Problems, result.DatabaseProblem);
                if (!ReferenceEquals(result.Snapshot, previous))
                {
                    ViewChanged?.Invoke(kept);
                }

                return false;
            }

            // Saving a file without changing it keeps the snapshot (and every cached page) as it is.
            // The view is built here, in full, before it goes live.
            var same = previous is not null && previous.Version == result.Snapshot.Version;
            var view = same ? _state!.View : Build(result.Snapshot, loaded);
            _state = new State(view, [], result.DatabaseProblem);
            if (!same)
            {
                var next = view.Snapshot;
                LogLoaded(logger, next.Models.Length, next.Routes.Length, next.Version.ShortHash, result.Rebuilt);
                if (result.Warnings.Count > 0)
                {
                    LogWarnings(logger, result.Warnings.Count);
                }

                ViewChanged?.Invoke(view);
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

    /// <summary>
    /// Builds the view of <paramref name="snapshot"/> for the clock's day, and logs what it cost. A new snapshot's
    /// catalog-wide figures are worked out here, once, before it goes live; a new day's view of the same snapshot
    /// passes the ones it has (<paramref name="figures"/>), since they do not depend on the day.
    /// </summary>
    private SiteView Build(CatalogSnapshot snapshot, TimeSpan loaded, SnapshotView? figures = null)
    {
        var started = time.GetTimestamp();
        var view = new SiteView(figures ?? new SnapshotView(snapshot), ComparisonEngine.DayOf(time), options.Value.PublicOrigin);
        var built = time.GetElapsedTime(started);
        LogViewBuilt(logger, view.Snapshot.Version.ShortHash, view.Today, (long)loaded.TotalMilliseconds, (long)built.TotalMilliseconds);
        _ = Task.Run(() => BuildDeferred(view));
        return view;
    }

    /// <summary>The view's parts left to first use, built on a pool thread; a failure is logged, and a request for the part meets it again.</summary>
    private void BuildDeferred(SiteView view)
    {
        try
        {
            view.BuildDeferred();
        }
#pragma warning disable CA1031 // A background build must not take the process down; the request that needs the part reports it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogDeferredFailed(logger, view.Snapshot.Version.ShortHash, ex);
        }
    }

    /// <summary>The same snapshot's view, built again for the clock's new day and swapped in.</summary>
    private SiteView Redate()
    {
        lock (_refreshing)
        {
            var state = _state!;
            if (state.View.Today == ComparisonEngine.DayOf(time))
            {
                // Another request built it while this one waited.
                return state.View;
            }

            var view = Build(state.Snapshot, TimeSpan.Zero, state.View.Engine.View);
            _state = state with { View = view };
            ViewChanged?.Invoke(view);
            return view;
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog view of data version {Version} for {Today} built before going live: loading the snapshot took {LoadMilliseconds} ms, the view {ViewMilliseconds} ms")]
    private static partial void LogViewBuilt(ILogger logger, string version, DateOnly today, long loadMilliseconds, long viewMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data has {Count} warning(s); run the validate command to see them")]
    private static partial void LogWarnings(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Data problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data change refused: {Count} problem(s); still serving data version {Version}")]
    private static partial void LogRefused(ILogger logger, int count, string version);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the deferred files of data version {Version} failed")]
    private static partial void LogDeferredFailed(ILogger logger, string version, Exception exception);

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
