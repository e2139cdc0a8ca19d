using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using ModelCompare.Comparison;
using ModelCompare.Web.Hosting;

namespace ModelCompare.Web.Cli;

/// <summary>What to export and where.</summary>
public sealed record ExportOptions(string OutputDirectory)
{
    public string? DataDirectory { get; init; }

    public string? DatabasePath { get; init; }

    /// <summary>Only these paths instead of the whole site (for tests and spot checks).</summary>
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>Whether to write <c>.br</c> and <c>.gz</c> copies beside each compressible file.</summary>
    public bool Precompress { get; init; } = true;

    public int Parallelism { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);
}

/// <summary>What an export wrote.</summary>
/// <param name="Files">Files written, compressed copies included.</param>
/// <param name="Pages">HTML pages written.</param>
/// <param name="Bytes">Bytes of the responses, before compression.</param>
/// <param name="Missing">Listed URLs that did not answer 200.</param>
/// <param name="Elapsed">Time from start-up to the last file.</param>
/// <param name="WithQuery">Listed URLs with a query string (such as /models?page=2), which a static host cannot serve and so are not written.</param>
public sealed record ExportResult(int Files, int Pages, long Bytes, int Missing, TimeSpan Elapsed, int WithQuery = 0);

/// <summary>
/// Renders the site to static files. It starts the real site on a loopback port and fetches every
/// URL the sitemap lists (plus robots.txt, the feed, the data downloads, the 404 page and the static
/// assets), so an exported page is byte for byte what the live site answers for that URL.
/// </summary>
public static class SiteExport
{
    private static readonly string[] SiteFiles = ["/robots.txt", "/sitemap.xml", "/feed.xml", "/data", "/data/catalog.json", "/data/models.csv", "/data/routes.csv"];

    private static readonly string[] Compressible = [".html", ".xml", ".txt", ".css", ".js", ".json", ".csv", ".svg", ".webmanifest"];

    private static readonly XNamespace SiteMapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<ExportResult> RunAsync(ExportOptions options, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        await using var app = BuildHost(options);
        await app.StartAsync(cancel);
        try
        {
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, MaxConnectionsPerServer = options.Parallelism })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromMinutes(1),
            };

            var origin = app.Services.GetRequiredService<IOptions<ModelCompareOptions>>().Value.PublicOrigin;
            var listedPaths = options.Paths ?? await ListPathsAsync(client, origin, app.Services.GetRequiredService<CatalogStore>(), app.Environment.WebRootPath, cancel);

            // A static host ignores the query, so /models?page=2 would overwrite /models; only paths are exported.
            var paths = listedPaths.Where(p => !p.Contains('?', StringComparison.Ordinal)).ToList();
            var withQuery = listedPaths.Count - paths.Count;
            var output = Path.GetFullPath(options.OutputDirectory);
            Directory.CreateDirectory(output);

            var done = 0;
            var files = 0;
            var pages = 0;
            var missing = 0;
            long bytes = 0;
            await Parallel.ForEachAsync(paths, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancel }, async (path, ct) =>
            {
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseContentRead, ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadAsByteArrayAsync(ct);
                    var file = FileFor(output, path, response.Content.Headers.ContentType?.MediaType);
                    var written = await WriteAsync(file, body, options.Precompress, ct);
                    Interlocked.Add(ref bytes, body.Length);
                    Interlocked.Add(ref files, written);
                    if (file.EndsWith(".html", StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref pages);
                    }
                }
                else
                {
                    Interlocked.Increment(ref missing);
                }

                var n = Interlocked.Increment(ref done);
                if (n % 250 == 0 || n == paths.Count)
                {
                    progress?.Report((n, paths.Count));
                }
            });

            // Static hosts serve this for any unknown path.
            using (var notFound = await client.GetAsync(new Uri("/error/404", UriKind.Relative), cancel))
            {
                files += await WriteAsync(Path.Combine(output, "404.html"), await notFound.Content.ReadAsByteArrayAsync(cancel), options.Precompress, cancel);
            }

            return new ExportResult(files, pages, bytes, missing, clock.Elapsed, withQuery);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>The file a URL is written to: extensionless pages become <c>path/index.html</c>.</summary>
    public static string FileFor(string output, string path, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(path);
        var relative = Uri.UnescapeDataString(path.Split('?', 2)[0]).TrimStart('/');
        if (relative.Split('/').Any(segment => segment is "." or ".."))
        {
            throw new ArgumentException($"Refusing to export a path that leaves the output folder: {path}", nameof(path));
        }

        var isPage = mediaType == "text/html" || relative.Length == 0 || Path.GetExtension(relative).Length == 0 && mediaType is null;
        if (isPage && Path.GetExtension(relative).Length == 0)
        {
            relative = relative.Length == 0 ? "index.html" : relative.TrimEnd('/') + "/index.html";
        }

        return Path.Combine(output, relative.Replace('/', Path.DirectorySeparatorChar));
    }

    private static WebApplication BuildHost(ExportOptions options)
    {
        // Named after the site's assembly so its pages are found even when another program (a test) hosts it.
        var defaults = ModelCompareHost.CreateOptions([]);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = defaults.Args, WebRootPath = defaults.WebRootPath, ApplicationName = typeof(SiteExport).Assembly.GetName().Name });
        var settings = new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["ModelCompare:WatchData"] = "false",
            // Each page is fetched once: caching or logging each one only costs time.
            ["ModelCompare:CacheOutput"] = "false",
            ["Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware"] = "Warning",
            ["Serilog:MinimumLevel:Override:ModelCompare"] = "Warning",
        };
        if (options.DataDirectory is not null)
        {
            settings["ModelCompare:DataDirectory"] = options.DataDirectory;
        }

        if (options.DatabasePath is not null)
        {
            settings["ModelCompare:DatabasePath"] = options.DatabasePath;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddModelCompare();
        var app = builder.Build();
        app.UseModelCompare();
        return app;
    }

    private static async Task<IReadOnlyList<string>> ListPathsAsync(HttpClient client, Uri origin, CatalogStore store, string webRoot, CancellationToken cancel)
    {
        var paths = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var listed = await ReadSiteMapAsync(client, origin, "/sitemap.xml", paths, cancel);
        if (!listed)
        {
            // No sitemap yet: every canonical page the catalog implies.
            var snapshot = store.Latest;
            paths.TryAdd("/", true);
            foreach (var a in snapshot.Models)
            {
                foreach (var b in snapshot.Models)
                {
                    if (string.CompareOrdinal(a.Slug, b.Slug) < 0)
                    {
                        paths.TryAdd(ComparisonEngine.CanonicalPath(a.Slug, b.Slug), true);
                    }
                }
            }
        }

        foreach (var path in SiteFiles)
        {
            paths.TryAdd(path, true);
        }

        if (Directory.Exists(webRoot))
        {
            foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories))
            {
                paths.TryAdd("/" + Path.GetRelativePath(webRoot, file).Replace(Path.DirectorySeparatorChar, '/'), true);
            }
        }

        return [.. paths.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>Adds every page a sitemap (or sitemap index, followed) lists; false when there is none.</summary>
    private static async Task<bool> ReadSiteMapAsync(HttpClient client, Uri origin, string path, ConcurrentDictionary<string, bool> paths, CancellationToken cancel)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancel);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return false;
        }

        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(cancel));
        paths.TryAdd(path, true);
        foreach (var loc in document.Descendants(SiteMapNs + "loc"))
        {
            var local = LocalPath(origin, loc.Value.Trim());
            if (local is null)
            {
                continue;
            }

            if (document.Root?.Name == SiteMapNs + "sitemapindex")
            {
                await ReadSiteMapAsync(client, origin, local, paths, cancel);
            }
            else
            {
                paths.TryAdd(local, true);
            }
        }

        return true;
    }

    private static string? LocalPath(Uri origin, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == origin.GetLeftPart(UriPartial.Authority)
            ? uri.PathAndQuery
            : null;

    private static async Task<int> WriteAsync(string file, byte[] body, bool precompress, CancellationToken cancel)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, body, cancel);
        if (!precompress || !Compressible.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
        {
            return 1;
        }

        await File.WriteAllBytesAsync(file + ".br", Brotli(body), cancel);
        await using (var gz = File.Create(file + ".gz"))
        await using (var zip = new GZipStream(gz, CompressionLevel.Optimal))
        {
            await zip.WriteAsync(body, cancel);
        }

        return 3;
    }

    /// <summary>Quality 5 of 11: most of the saving of 11 at a small fraction of its time, so the export stays fast.</summary>
    private static byte[] Brotli(byte[] body)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(body, buffer, out var written, quality: 5, window: 22))
            {
                throw new InvalidOperationException("Brotli compression did not fit its buffer.");
            }

            return buffer.AsSpan(0, written).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A progress bar on a terminal; nothing when stderr is redirected.</summary>
    internal sealed class ProgressBar : IProgress<(int Done, int Total)>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private readonly Lock _gate = new();

        public void Report((int Done, int Total) value)
        {
            if (Console.IsErrorRedirected)
            {
                return;
            }

            lock (_gate)
            {
                const int width = 30;
                var filled = value.Total == 0 ? width : (int)((long)value.Done * width / value.Total);
                var rate = value.Done / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', width - filled)}] {value.Done:N0}/{value.Total:N0} URLs, {rate:N0}/s "));
                if (value.Done == value.Total)
                {
                    Console.Error.WriteLine();
                }
            }
        }
    }
}
