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

    private sealed record State(CatalogSnapshot Snapshot, IReadOnlyList<DataProblem> Problems);

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

    public CatalogPaths Paths => paths;

    /// <summary>Raised after a snapshot of a different data version has been swapped in.</summary>
    public event Action<CatalogSnapshot>? SnapshotChanged;

    /// <summary>Validates the data files and, when they are good, swaps in a snapshot of them.</summary>
    /// <returns>True when the snapshot now reflects the files on disk.</returns>
    /// <exception cref="InvalidOperationException">The data has problems and no earlier good catalog exists (a start-up failure).</exception>
    public bool Refresh()
    {
        lock (_refreshing)
        {
            var result = CatalogBuilder.Refresh(paths, time, _state?.Snapshot);
            if (result.Snapshot is null && _state is null)
            {
                LogProblems(result.Problems);
                throw new InvalidOperationException(
                    $"The data in {paths.DataDirectory} has {result.Problems.Count} problem(s) and no earlier good catalog exists; run the validate command to see them.");
            }

            var previous = _state?.Snapshot;
            if (!result.IsValid || result.Snapshot is null)
            {
                LogProblems(result.Problems);
                var serving = previous ?? result.Snapshot!;
                LogRefused(logger, result.Problems.Count, serving.Version.ShortHash);
                _state = new State(serving, result.Problems);
                return false;
            }

            // Saving a file without changing it keeps the snapshot (and every cached page) as it is.
            var next = previous is not null && previous.Version == result.Snapshot.Version ? previous : result.Snapshot;
            _state = new State(next, []);
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
    /// The live-reload path: like <see cref="Refresh"/>, but never throws. A failure (unreadable file,
    /// locked database) is logged and reported by the health check while the last good snapshot stays.
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
            var problem = new DataProblem(paths.DataDirectory, 1, 1, "(reload)", ex.Message);
            if (_state is { } state)
            {
                _state = state with { Problems = [problem] };
            }

            return false;
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

    [LoggerMessage(Level = LogLevel.Error, Message = "Reloading the catalog failed; still serving the last good data version")]
    private static partial void LogReloadFailed(ILogger logger, Exception exception);
}

/// <summary>Loads the catalog before the server takes its first request.</summary>
internal sealed class CatalogLoader(CatalogStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Refresh();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
