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
    private volatile State? _state;

    private sealed record State(CatalogSnapshot Snapshot, IReadOnlyList<DataProblem> Problems);

    public CatalogSnapshot Current => (_state ?? throw new InvalidOperationException("The catalog has not been loaded yet.")).Snapshot;

    /// <summary>Problems in the data files that kept the last change from going live; empty when the data is good.</summary>
    public IReadOnlyList<DataProblem> Problems => _state?.Problems ?? [];

    public CatalogPaths Paths => paths;

    /// <summary>Validates the data files and, when they are good, swaps in a snapshot of them.</summary>
    /// <returns>True when the snapshot now reflects the files on disk.</returns>
    public bool Refresh()
    {
        var result = CatalogBuilder.Refresh(paths, time);
        if (result.Snapshot is null)
        {
            foreach (var problem in result.Problems)
            {
                LogProblem(logger, problem.ToString());
            }

            throw new InvalidOperationException(
                $"The data in {paths.DataDirectory} has {result.Problems.Count} problem(s) and no earlier good catalog exists; run the validate command to see them.");
        }

        if (!result.Data.IsValid)
        {
            foreach (var problem in result.Problems)
            {
                LogProblem(logger, problem.ToString());
            }

            LogRefused(logger, result.Problems.Count, result.Snapshot.Version.ShortHash);
            _state = new State(_state?.Snapshot ?? result.Snapshot, result.Problems);
            return false;
        }

        _state = new State(result.Snapshot, []);
        LogLoaded(logger, result.Snapshot.Models.Length, result.Snapshot.Routes.Length, result.Snapshot.Version.ShortHash, result.Rebuilt);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Catalog loaded: {Models} models, {Routes} routes, data version {Version} (database rebuilt: {Rebuilt})")]
    private static partial void LogLoaded(ILogger logger, int models, int routes, string version, bool rebuilt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Data problem: {Problem}")]
    private static partial void LogProblem(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data change refused: {Count} problem(s); still serving data version {Version}")]
    private static partial void LogRefused(ILogger logger, int count, string version);
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
