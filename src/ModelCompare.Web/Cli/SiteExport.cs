using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Options;
using ModelCompare.Comparison;
using ModelCompare.Data;
using ModelCompare.Web.Charts;
using ModelCompare.Web.Hosting;
using ModelCompare.Web.Previews;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Cli;

/// <summary>What to export and where.</summary>
public sealed record ExportOptions(string OutputDirectory)
{
    public string? DataDirectory { get; init; }

    public string? DatabasePath { get; init; }

    /// <summary>Only these paths instead of the whole site (for tests and spot checks); nothing is deleted.</summary>
    public IReadOnlyList<string>? Paths { get; init; }

    /// <summary>Whether to write a <c>.br</c> copy beside each compressible file.</summary>
    public bool Precompress { get; init; } = true;

    /// <summary>
    /// Whether to write the share preview of every model and pair (<see cref="PreviewImages.Paths"/>). Without
    /// them the export is pages only (to time them alone), and the previews of an earlier export are deleted.
    /// </summary>
    public bool Previews { get; init; } = true;

    /// <summary>Render every pair page and preview, even those whose inputs the manifest shows unchanged.</summary>
    public bool Full { get; init; }

    /// <summary>Where the manifest of the last export is kept; default <see cref="ExportManifest.PathFor"/>.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>The address the copy will be served from; default the <c>ModelCompare:PublicOrigin</c> setting.</summary>
    public Uri? PublicOrigin { get; init; }

    /// <summary>Pages rendered at once: rendering and compressing are CPU work, so one per core.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Write into a non-empty folder that has no manifest of an earlier export (its other files are left alone).</summary>
    public bool Force { get; init; }

    /// <summary>The folder the command was typed in: the repository around it is refused as an output folder.</summary>
    public string? InvokedFrom { get; init; }
}

/// <summary>The export refused its output folder (the data folder, a parent of it, a repository root, <c>/</c>, or a folder it did not write).</summary>
public sealed class ExportRefusedException : Exception
{
    public ExportRefusedException()
    {
    }

    public ExportRefusedException(string message)
        : base(message)
    {
    }

    public ExportRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>What an export did.</summary>
/// <param name="Pages">HTML pages in the export (written, unchanged or kept).</param>
/// <param name="Images">Share previews in the export (written, unchanged or kept).</param>
/// <param name="Files">Files written, compressed copies included.</param>
/// <param name="Bytes">Bytes of the responses written, before compression.</param>
/// <param name="Rendered">URLs rendered (the rest were pair pages and previews whose inputs had not changed).</param>
/// <param name="Written">URLs whose file was written because its bytes changed or it is new.</param>
/// <param name="Removed">URLs of the last export that are gone, whose files were deleted.</param>
/// <param name="Missing">Listed URLs that did not answer 200, with their status.</param>
/// <param name="WithQuery">Listed URLs with a query string (such as /models?page=2), which a static host cannot serve and so are not written.</param>
/// <param name="Incremental">Whether a manifest of an earlier export was compared against.</param>
/// <param name="Changed">The site paths written or removed, for a CDN purge.</param>
/// <param name="Origin">The public origin the pages were rendered for.</param>
/// <param name="Elapsed">Time from start-up to the manifest written.</param>
/// <param name="Rejected">Manifest lines ignored because their file is not a path inside the output folder, each with why.</param>
/// <param name="Timings">Where the time went.</param>
public sealed record ExportResult(
    int Pages,
    int Images,
    int Files,
    long Bytes,
    int Rendered,
    int Written,
    int Removed,
    IReadOnlyList<string> Missing,
    int WithQuery,
    bool Incremental,
    IReadOnlyList<string> Changed,
    Uri Origin,
    TimeSpan Elapsed,
    IReadOnlyList<string> Rejected,
    ExportTimings Timings);

/// <summary>Where an export's time went, to tell what grows with the catalog from what grows with the change.</summary>
/// <param name="StartUp">Building the host: reading and validating the data, the database when it changed, the snapshot and its view.</param>
/// <param name="Deciding">Reading the manifest, listing the URLs and working out each pair's inputs.</param>
/// <param name="Exporting">Rendering, compressing and writing the URLs, on every worker (wall clock).</param>
/// <param name="Finishing">Deleting what is gone, writing the static host's headers and the manifest.</param>
/// <param name="Rendering">Time the workers spent rendering, summed over them.</param>
/// <param name="Compressing">Time the workers spent compressing, summed over them.</param>
/// <param name="Writing">Time the workers spent writing files, summed over them.</param>
public sealed record ExportTimings(TimeSpan StartUp, TimeSpan Deciding, TimeSpan Exporting, TimeSpan Finishing, TimeSpan Rendering, TimeSpan Compressing, TimeSpan Writing)
{
    /// <summary>Of <see cref="Deciding"/>: reading the last manifest and the build's identity.</summary>
    public TimeSpan Manifest { get; init; }

    /// <summary>Of <see cref="Deciding"/>: working out every model's part of the pair pages' inputs (<see cref="PairInputs"/>).</summary>
    public TimeSpan Inputs { get; init; }

    /// <summary>Of <see cref="Deciding"/>: listing the URLs (the sitemaps, every pair).</summary>
    public TimeSpan Listing { get; init; }
}

/// <summary>
/// Renders the site to static files. It runs the real site's pipeline in-process (the test server,
/// no sockets) and asks it for every canonical page, indexed or not, and every URL the sitemap lists (plus robots.txt, the feed, the data
/// downloads, the 404 page and the static assets), so an exported file is byte for byte what the live
/// site answers for its URL. Beside each text file goes its <c>.br</c> copy.
/// <para>
/// Against the manifest of the last export it writes only the files whose bytes changed, deletes the
/// files of URLs that are gone, and does not even render a pair page whose inputs (<see cref="PairInputs"/>)
/// are those it was rendered from, so one edit costs seconds, not a full export.
/// </para>
/// <para>
/// It also writes every share preview (<see cref="PreviewImages.Paths"/>), each model's and each pair's,
/// fetched like the pages. Drawing one costs far more than rendering a page, so an image is drawn again
/// only when what it shows changed: its manifest entry records its pair's inputs and the
/// <see cref="SharePreview.Version"/> the pages link it with, and an image whose pair's inputs changed
/// but whose version did not (a new score the image does not show) is kept.
/// </para>
/// </summary>
public static class SiteExport
{
    /// <summary>What pages link to that the sitemap does not list (the multi-model form is not indexed, but linked).</summary>
    private static readonly string[] SiteFiles = ["/robots.txt", Urls.Search, Urls.SiteMap, Urls.Feed, Urls.Data, Urls.CatalogJson, Urls.ModelsCsv, Urls.RoutesCsv, Urls.ModelNames, Urls.Compare];

    private static readonly XNamespace SiteMapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Static hosts serve this file for any unknown path.</summary>
    private const string NotFoundPath = "/404.html";

    public static async Task<ExportResult> RunAsync(ExportOptions options, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        await using var app = BuildHost(options);
        // Before anything is loaded or written; the data folder is the one the site will read (the option, or
        // the setting, or the nearest data/ folder), read from the settings without validating the rest.
        ExportTarget.Check(options, CatalogPaths.Resolve(app.Configuration[$"{ModelCompareOptions.Section}:{nameof(ModelCompareOptions.DataDirectory)}"], null).DataDirectory);
        await app.StartAsync(cancel);
        var startUp = clock.Elapsed;
        try
        {
            var server = app.GetTestServer();
            var view = app.Services.GetRequiredService<SiteData>().Current;
            var snapshot = view.Snapshot;
            var images = app.Services.GetRequiredService<PreviewImages>();
            var origin = app.Services.GetRequiredService<IOptions<ModelCompareOptions>>().Value.PublicOrigin;
            var output = Path.GetFullPath(options.OutputDirectory);
            Directory.CreateDirectory(output);

            var manifestPath = options.ManifestPath ?? ExportManifest.PathFor(output);
            var build = BuildIdentity(app.Environment.WebRootPath, origin);
            var previous = ExportManifest.TryRead(manifestPath, output);
            var comparable = previous is not null && previous.Precompressed == options.Precompress ? previous.Entries : new Dictionary<string, ManifestEntry>();
            var trustInputs = previous?.Build == build && !options.Full;
            var manifestRead = clock.Elapsed;
            var inputs = new PairInputs(view.Engine, view.Facts);
            var inputsWorkedOut = clock.Elapsed;

            var listed = options.Paths ?? await ListPathsAsync(server, origin, view, app.Environment.WebRootPath, cancel);
            var listedAt = clock.Elapsed;
            // A static host ignores the query, so /models?page=2 would overwrite /models; only paths are exported.
            var paths = listed.Where(p => !p.Contains('?', StringComparison.Ordinal)).Append(NotFoundPath).ToList();
            var pageCount = paths.Count;
            // The pages first, then the images, each with what it is drawn from.
            // The providers', leaderboards' and hubs' images are few and drawn each time; the models' and pairs' are keyed by what they show.
            var work = paths.Select(p => (Path: p, Preview: (PreviewTarget?)null))
                .Concat(options.Paths is null && options.Previews ? PreviewImages.PagePaths(snapshot).Select(p => (Path: p, Preview: (PreviewTarget?)null)) : [])
                .Concat(options.Paths is null && options.Previews ? PreviewImages.Targets(snapshot).Select(t => (Path: t.Path, Preview: (PreviewTarget?)t)) : [])
                .ToList();

            var run = new Run(output, options.Precompress, comparable, trustInputs);
            var decided = clock.Elapsed;
            var done = 0;
            var nextReport = 0L;
            await Parallel.ForEachAsync(work, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancel }, async (item, ct) =>
            {
                var key = item.Preview is { } target ? PreviewInputs(inputs, images, view, target) : PairDigest(inputs, item.Path) is { } digest ? new UrlInputs(digest) : null;
                await run.ExportAsync(server, item.Path, key, ct);
                var n = Interlocked.Increment(ref done);
                var due = Interlocked.Read(ref nextReport);
                if (n == work.Count || (Environment.TickCount64 >= due && Interlocked.CompareExchange(ref nextReport, Environment.TickCount64 + 100, due) == due))
                {
                    progress?.Report((n, work.Count));
                }
            });

            var exported = clock.Elapsed;

            // An export before .br-only copies left a .gz beside each text file it wrote; the files kept as they were still have one.
            if (previous?.HasGzipCopies == true)
            {
                foreach (var entry in run.Entries.Values)
                {
                    ExportFiles.DeleteGzipCopy(output, entry.File);
                }
            }

            // Only an export of the whole site knows which pages are gone.
            if (options.Paths is null && previous is not null)
            {
                run.RemoveGone(previous.Entries.Values);
            }

            await StaticHostHeaders.WriteAsync(output, app.Environment.WebRootPath, cancel);
            new ExportManifest(build, options.Precompress, run.Entries).Write(manifestPath);
            var elapsed = clock.Elapsed;
            var timings = run.Timings(startUp, decided - startUp, exported - decided, elapsed - exported) with
            {
                Manifest = manifestRead - startUp,
                Inputs = inputsWorkedOut - manifestRead,
                Listing = listedAt - inputsWorkedOut,
            };
            return run.Result(listed.Count - (pageCount - 1), previous is not null, origin, elapsed, previous?.Rejected ?? [], timings);
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

    private static string? PairDigest(PairInputs inputs, string path)
    {
        const string prefix = "/compare/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var slugs = path[prefix.Length..].Split("-vs-");
        return slugs is [var a, var b] ? inputs.For(a, b) : null;
    }

    /// <summary>
    /// A model's preview shows figures the view has already worked out, so its version is the key. A
    /// pair's is keyed by the pair page's inputs, cheap to compute; only when they changed is the
    /// comparison run again to see whether the picture changed too.
    /// </summary>
    private static UrlInputs PreviewInputs(PairInputs inputs, PreviewImages images, SiteView view, PreviewTarget target) =>
        target.B is { } b
            ? new UrlInputs(inputs.For(target.A.Slug, b.Slug)!, () => images.Describe(view, target).Version)
            : new UrlInputs(images.Describe(view, target).Version);

    /// <summary>
    /// What every page also depends on besides the data: the code that renders it, the static assets
    /// whose hashes pages link with, and the public origin. When it changes, every page is rendered.
    /// </summary>
    private static string BuildIdentity(string webRoot, Uri origin)
    {
        var text = new StringBuilder(origin.ToString());
        foreach (var assembly in new[] { typeof(SiteExport).Assembly, typeof(ComparisonEngine).Assembly, typeof(ModelCompare.Data.CatalogPaths).Assembly })
        {
            text.Append('|').Append(assembly.ManifestModule.ModuleVersionId.ToString("N"));
        }

        if (Directory.Exists(webRoot))
        {
            foreach (var file in Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                text.Append('|').Append(Path.GetRelativePath(webRoot, file)).Append('=').Append(ExportManifest.HashOf(File.ReadAllBytes(file)));
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
    }

    /// <summary>The site's own pipeline over the options' data, served in memory (also used by the diff verb).</summary>
    internal static WebApplication BuildHost(ExportOptions options)
    {
        // Named after the site's assembly so its pages are found even when another program (a test) hosts it.
        var defaults = ModelCompareHost.CreateOptions([]);
        // Settings files are not watched (see CreateOptions): the watcher would also wake for every file
        // the export writes under the working folder.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = defaults.Args,
            WebRootPath = defaults.WebRootPath,
            ApplicationName = typeof(SiteExport).Assembly.GetName().Name,
        });
        var settings = new Dictionary<string, string?>
        {
            ["ModelCompare:WatchData"] = "false",
            // Standard output is the list of changed URLs, for a CDN purge: nothing else may be written there.
            ["ModelCompare:LogToStandardError"] = "true",
            // Each page is rendered once: caching or logging each one only costs time.
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

        if (options.PublicOrigin is not null)
        {
            settings["ModelCompare:PublicOrigin"] = options.PublicOrigin.AbsoluteUri;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        // The site's own pipeline, served in memory instead of on a socket.
        builder.WebHost.UseTestServer();
        builder.AddModelCompare();
        var app = builder.Build();
        app.UseModelCompare();
        return app;
    }

    /// <summary>Renders one URL; the caller disposes the body, which returns its array to the pool.</summary>
    internal static async Task<(int Status, string? MediaType, PooledBody Body)> GetAsync(TestServer server, string path, CancellationToken cancel)
    {
        var context = await server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = PathString.FromUriComponent(path);
        }, cancel);
        var body = await PooledBody.ReadAsync(context.Response.Body, cancel);
        var mediaType = context.Response.ContentType?.Split(';', 2)[0].Trim();
        return (context.Response.StatusCode, mediaType, body);
    }

    private static async Task<IReadOnlyList<string>> ListPathsAsync(TestServer server, Uri origin, SiteView view, string webRoot, CancellationToken cancel)
    {
        var snapshot = view.Snapshot;
        var paths = new HashSet<string>(StringComparer.Ordinal);
        // The sitemap lists the pages worth indexing; the export writes every canonical page, indexed or not,
        // so a reader who follows a link to any pair finds it on the static host too.
        await ReadSiteMapAsync(server, origin, "/sitemap.xml", paths, cancel);
        paths.Add("/");
        paths.UnionWith(snapshot.Models.Select(m => Urls.Model(m.Slug)));
        paths.UnionWith(snapshot.Providers.Select(p => Urls.Provider(p.Slug)));
        paths.UnionWith(snapshot.Benchmarks.Select(b => Urls.Benchmark(b.Slug)));
        // The leaderboards' price against score charts, which pair pages and leaderboards link as images.
        paths.UnionWith(view.Charts.Keys.Select(ChartFiles.PathOf));
        foreach (var a in snapshot.Models)
        {
            foreach (var b in snapshot.Models)
            {
                if (string.CompareOrdinal(a.Slug, b.Slug) < 0)
                {
                    paths.Add(ComparisonEngine.CanonicalPath(a.Slug, b.Slug));
                }
            }
        }

        paths.UnionWith(SiteFiles);
        if (Directory.Exists(webRoot))
        {
            // A published build carries its own .br/.gz copies of the assets; the export writes its own.
            paths.UnionWith(Directory.EnumerateFiles(webRoot, "*", SearchOption.AllDirectories)
                .Where(file => !file.EndsWith(".br", StringComparison.Ordinal) && !file.EndsWith(".gz", StringComparison.Ordinal))
                .Select(file => "/" + Path.GetRelativePath(webRoot, file).Replace(Path.DirectorySeparatorChar, '/')));
        }

        return [.. paths.Order(StringComparer.Ordinal)];
    }

    /// <summary>Adds every page a sitemap (or sitemap index, followed) lists; false when there is none.</summary>
    private static async Task<bool> ReadSiteMapAsync(TestServer server, Uri origin, string path, HashSet<string> paths, CancellationToken cancel)
    {
        var (status, _, body) = await GetAsync(server, path, cancel);
        using var pooled = body;
        if (status != StatusCodes.Status200OK)
        {
            return false;
        }

        using var stream = new MemoryStream(body.Span.ToArray());
        var document = XDocument.Load(stream);
        paths.Add(path);
        foreach (var loc in document.Descendants(SiteMapNs + "loc"))
        {
            var local = LocalPath(origin, loc.Value.Trim());
            if (local is null)
            {
                continue;
            }

            if (document.Root?.Name == SiteMapNs + "sitemapindex")
            {
                await ReadSiteMapAsync(server, origin, local, paths, cancel);
            }
            else
            {
                paths.Add(local);
            }
        }

        return true;
    }

    private static string? LocalPath(Uri origin, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.GetLeftPart(UriPartial.Authority) == origin.GetLeftPart(UriPartial.Authority)
            ? uri.PathAndQuery
            : null;

    /// <summary>The state of one export, shared by the parallel workers.</summary>
    private sealed class Run(string output, bool precompress, IReadOnlyDictionary<string, ManifestEntry> previous, bool trustInputs)
    {
        private readonly ExportFiles.Folders _folders = new();
        private readonly ConcurrentBag<string> _changed = [];
        private readonly ConcurrentBag<string> _missing = [];
        private int _files;
        private int _rendered;
        private int _written;
        private int _removed;
        private long _bytes;
        private long _rendering;
        private long _compressing;
        private long _writing;

        public ConcurrentDictionary<string, ManifestEntry> Entries { get; } = new(StringComparer.Ordinal);

        public async Task ExportAsync(TestServer server, string path, UrlInputs? inputs, CancellationToken cancel)
        {
            var old = previous.GetValueOrDefault(path);
            if (trustInputs && inputs is not null && old?.Inputs is { } recorded && ExportFiles.IsFile(Path.Combine(output, old.File)))
            {
                if (inputs.SameDigest(recorded))
                {
                    Entries[path] = old;
                    return;
                }

                if (inputs.SameShown(recorded))
                {
                    // Drawn from other inputs, but the same picture: the file is right, the record is brought up to date.
                    Entries[path] = old with { Inputs = inputs.Text };
                    return;
                }
            }

            var isNotFoundPage = path == NotFoundPath;
            var started = Stopwatch.GetTimestamp();
            var (status, mediaType, body) = await GetAsync(server, isNotFoundPage ? "/error/404" : path, cancel);
            using var pooled = body;
            Interlocked.Add(ref _rendering, Stopwatch.GetTimestamp() - started);
            Interlocked.Increment(ref _rendered);
            if (status != StatusCodes.Status200OK && !isNotFoundPage)
            {
                _missing.Add($"{path} ({status})");
                // Keep what the last export wrote: a page that fails now is a fault to fix, not a page to delete.
                if (old is not null)
                {
                    Entries[path] = old;
                }

                return;
            }

            var file = isNotFoundPage ? Path.Combine(output, "404.html") : FileFor(output, path, mediaType);
            var entry = new ManifestEntry(path, Path.GetRelativePath(output, file).Replace(Path.DirectorySeparatorChar, '/'), ExportManifest.HashOf(body.Span), inputs?.Text);
            Entries[path] = entry;
            if (old is not null && old.ContentHash == entry.ContentHash && old.File == entry.File && ExportFiles.IsFile(file))
            {
                return;
            }

            started = Stopwatch.GetTimestamp();
            Interlocked.Add(ref _files, ExportFiles.Write(output, file, body.Span, precompress, _folders, out var compressing));
            Interlocked.Add(ref _writing, Stopwatch.GetTimestamp() - started - compressing.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
            Interlocked.Add(ref _compressing, compressing.Ticks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
            Interlocked.Add(ref _bytes, body.Length);
            Interlocked.Increment(ref _written);
            _changed.Add(path);
        }

        /// <summary>Deletes the files of every URL the last export wrote that this one did not list.</summary>
        /// <remarks>A file this export wrote for a URL it listed is kept, whatever URL the last manifest claimed it for.</remarks>
        public void RemoveGone(IEnumerable<ManifestEntry> last)
        {
            var kept = Entries.Values.Select(e => e.File).ToHashSet(StringComparer.Ordinal);
            foreach (var gone in last.Where(e => !Entries.ContainsKey(e.Path) && !kept.Contains(e.File)))
            {
                if (ExportFiles.Delete(output, gone.File))
                {
                    _removed++;
                    _changed.Add(gone.Path);
                }
            }
        }

        public ExportTimings Timings(TimeSpan startUp, TimeSpan deciding, TimeSpan exporting, TimeSpan finishing) =>
            new(startUp, deciding, exporting, finishing, Span(_rendering), Span(_compressing), Span(_writing));

        private static TimeSpan Span(long timestampTicks) => TimeSpan.FromSeconds((double)timestampTicks / Stopwatch.Frequency);

        public ExportResult Result(int withQuery, bool incremental, Uri origin, TimeSpan elapsed, IReadOnlyList<string> rejected, ExportTimings timings) => new(
            Pages: Entries.Values.Count(e => e.Path != NotFoundPath && e.File.EndsWith(".html", StringComparison.Ordinal)),
            Images: Entries.Values.Count(e => e.File.EndsWith("/" + PreviewImages.FileName, StringComparison.Ordinal)),
            Files: _files,
            Bytes: _bytes,
            Rendered: _rendered,
            Written: _written,
            Removed: _removed,
            Missing: [.. _missing.Order(StringComparer.Ordinal)],
            WithQuery: withQuery,
            Incremental: incremental,
            Changed: [.. _changed.Order(StringComparer.Ordinal)],
            Origin: origin,
            Elapsed: elapsed,
            Rejected: rejected,
            Timings: timings);
    }

    /// <summary>
    /// What a URL was rendered from, as its manifest entry records it: a digest of its inputs and, for a
    /// pair's preview, "+" and the version of the picture, worked out only when the digest changed.
    /// </summary>
    internal sealed class UrlInputs(string digest, Func<string>? shown = null)
    {
        private const char Separator = '+';
        private readonly Lazy<string?> _shown = new(() => shown?.Invoke());

        public string Text => _shown.Value is { } version ? $"{digest}{Separator}{version}" : digest;

        /// <summary>Whether an entry was rendered from the same inputs.</summary>
        public bool SameDigest(string recorded) =>
            recorded.Length >= digest.Length && recorded.StartsWith(digest, StringComparison.Ordinal)
            && (recorded.Length == digest.Length || recorded[digest.Length] == Separator);

        /// <summary>Whether an entry shows the same picture (false for a URL without one).</summary>
        public bool SameShown(string recorded) =>
            _shown.Value is { } version && recorded.EndsWith(Separator + version, StringComparison.Ordinal);
    }

    /// <summary>A progress bar on a terminal; nothing when stderr is redirected (a log, CI).</summary>
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
                Console.Error.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"\r[{new string('#', filled)}{new string('.', width - filled)}] {value.Done:N0}/{value.Total:N0} URLs, {rate:N0}/s "));
                if (value.Done == value.Total)
                {
                    Console.Error.WriteLine();
                }
            }
        }
    }
}
