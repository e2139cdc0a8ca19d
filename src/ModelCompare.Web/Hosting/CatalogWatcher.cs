using System.Threading.Channels;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace ModelCompare.Web.Hosting;

/// <summary>
/// Puts editors' saves live: watches the data folder and, once the files have been quiet for a
/// short moment, validates and swaps in a new snapshot. A bad save is refused and reported by
/// /healthz while the last good catalog keeps serving.
/// </summary>
internal sealed partial class CatalogWatcher(CatalogStore store, IOptions<ModelCompareOptions> options, ILogger<CatalogWatcher> logger) : BackgroundService
{
    /// <summary>Editors' tools often write a file in several steps; wait until the folder is quiet.</summary>
    internal static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(300);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchData)
        {
            return;
        }

        var changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        using var files = new PhysicalFileProvider(store.Paths.DataDirectory);
        using var subscription = ChangeToken.OnChange(() => files.Watch("**/*"), () => changes.Writer.TryWrite(true));
        LogWatching(logger, store.Paths.DataDirectory);

        try
        {
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
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Directory} for data changes")]
    private static partial void LogWatching(ILogger logger, string directory);
}
