using System.Threading.Channels;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Puts editors' saves live: watches the data folder and, once the files have been quiet for a
/// short moment, validates and swaps in a new snapshot. A bad save is refused and reported by
/// /healthz while the last good catalog keeps serving. A data folder that is missing (at start, beside
/// a good database, or removed later) is such a fault too: the watcher looks for it every
/// <see cref="FolderPoll"/> and reads it as soon as it is back.
/// </summary>
internal sealed partial class CatalogWatcher(CatalogStore store, IOptions<ModelCompareOptions> options, ILogger<CatalogWatcher> logger) : BackgroundService
{
    /// <summary>Editors' tools often write a file in several steps; wait until the folder is quiet.</summary>
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    /// <summary>How often a missing data folder is looked for (a folder that does not exist cannot be watched).</summary>
    internal static readonly TimeSpan FolderPoll = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchData)
        {
            return;
        }

        var folder = store.Paths.DataDirectory;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (!Directory.Exists(folder))
                {
                    LogWaiting(logger, folder);
                    while (!Directory.Exists(folder))
                    {
                        await Task.Delay(FolderPoll, stoppingToken);
                    }

                    await Task.Run(store.TryRefresh, stoppingToken);
                }

                try
                {
                    await WatchAsync(folder, stoppingToken);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The folder went away or cannot be watched: the catalog keeps serving; try again shortly.
                    LogWatchFailed(logger, folder, ex);
                    await Task.Delay(FolderPoll, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>Reloads on every quiet moment after a change; returns when the folder itself has gone.</summary>
    private async Task WatchAsync(string folder, CancellationToken stoppingToken)
    {
        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var files = new PhysicalFileProvider(folder);
        using var subscription = ChangeToken.OnChange(() => files.Watch("**/*"), () => changes.Writer.TryWrite(true));
        LogWatching(logger, folder);

        while (await changes.Reader.WaitToReadAsync(stoppingToken))
        {
            changes.Reader.TryRead(out _);
            do
            {
                await Task.Delay(Debounce, stoppingToken);
            }
            while (changes.Reader.TryRead(out _));

            // Reading and building is synchronous work; keep it off the thread that reads the channel.
            await Task.Run(store.TryRefresh, stoppingToken);
            if (!Directory.Exists(folder))
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Directory} for data changes")]
    private static partial void LogWatching(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The data folder {Directory} does not exist; serving the last good catalog and looking for the folder every 2 seconds")]
    private static partial void LogWaiting(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not watch the data folder {Directory}; trying again shortly")]
    private static partial void LogWatchFailed(ILogger logger, string directory, Exception exception);
}
