using System.Collections.Concurrent;
using System.Diagnostics;
using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.TestHost;
using ModelCompare.Catalog;
using ModelCompare.Comparison;
using ModelCompare.Data;
using ModelCompare.Web.Site;

namespace ModelCompare.Web.Cli;

/// <summary>What to compare: the data folder as it is now against a base (another folder, or the data folder at a git revision).</summary>
public sealed record DiffOptions(string DataDirectory)
{
    /// <summary>The base data folder; when null, <see cref="BaseRevision"/> is read from git.</summary>
    public string? BaseDataDirectory { get; init; }

    /// <summary>The git revision whose data folder is the base (default <c>HEAD</c>: the last commit).</summary>
    public string BaseRevision { get; init; } = "HEAD";

    /// <summary>How many changed pages to show sentence by sentence.</summary>
    public int Show { get; init; } = 3;

    /// <summary>Where the two catalogs' databases are cached between runs (by data hash and day).</summary>
    public string? CacheDirectory { get; init; }
}

/// <summary>One line of a page's text that changed: before, after, or both (a line replaced by another).</summary>
public sealed record ChangedLine(string? Before, string? After);

/// <summary>A page whose text differs, with the changed lines when it was rendered.</summary>
public sealed record PageDiff(string Path, IReadOnlyList<ChangedLine> Lines);

/// <summary>What the diff found.</summary>
/// <param name="Pages">Every page whose text would change, in path order.</param>
/// <param name="PairPages">How many of them are pair pages (found from their inputs, not rendered).</param>
/// <param name="Shown">The pages rendered in both catalogs and compared line by line.</param>
/// <param name="BaseName">What the base is: a folder or a git revision.</param>
/// <param name="Elapsed">Time from start to the result.</param>
public sealed record DiffResult(IReadOnlyList<string> Pages, int PairPages, IReadOnlyList<PageDiff> Shown, string BaseName, TimeSpan Elapsed);

/// <summary>
/// Previews an edit as the pages it changes, without an export. Both catalogs go through the site's own
/// pipeline (files, validation, SQLite, snapshot) in memory hosts. Every page other than a pair page (home,
/// lists, profiles, providers, leaderboards) is rendered in both and its text compared. Pair pages, tens of
/// thousands, are found from <see cref="PairInputs"/>, the digest the incremental export trusts; a few of
/// them are rendered to show what changed.
/// </summary>
public static partial class SiteDiff
{
    /// <summary>The elements whose text is a line of the page: headings, paragraphs, list items, table rows, definitions.</summary>
    private const string Blocks = "h1, h2, h3, h4, p, li, tr, dt, dd, figcaption, caption, summary";

    private static readonly Uri Origin = new("https://diff.modelcompare.invalid/");

    public static async Task<DiffResult> RunAsync(DiffOptions options, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var cache = options.CacheDirectory ?? Path.Combine(Path.GetTempPath(), "modelcompare-diff");
        Directory.CreateDirectory(cache);
        string? extracted = null;
        try
        {
            var baseName = options.BaseDataDirectory ?? options.BaseRevision;
            var baseData = options.BaseDataDirectory;
            if (baseData is null)
            {
                extracted = Path.Combine(cache, "base-" + Guid.NewGuid().ToString("N"));
                await ExtractAsync(options.DataDirectory, options.BaseRevision, extracted, cancel);
                baseData = extracted;
            }

            await using var before = await StartAsync(baseData, cache, cancel);
            await using var after = await StartAsync(options.DataDirectory, cache, cancel);
            var beforeView = before.Services.GetRequiredService<SiteData>().Current;
            var afterView = after.Services.GetRequiredService<SiteData>().Current;
            var pairs = ChangedPairs(beforeView, afterView);
            var others = Candidates(beforeView, afterView);
            var changed = new ConcurrentBag<PageDiff>();
            await Parallel.ForEachAsync(others, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancel }, async (path, ct) =>
            {
                if (await CompareAsync(before.GetTestServer(), after.GetTestServer(), path, ct) is { } diff)
                {
                    changed.Add(diff);
                }
            });

            var otherPages = changed.OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
            var shown = await ShowAsync(otherPages, pairs, options.Show, before.GetTestServer(), after.GetTestServer(), cancel);
            var pages = otherPages.Select(d => d.Path).Concat(pairs).Order(StringComparer.Ordinal).ToList();
            return new DiffResult(pages, pairs.Count, shown, baseName, clock.Elapsed);
        }
        finally
        {
            if (extracted is not null && Directory.Exists(extracted))
            {
                Directory.Delete(extracted, recursive: true);
            }
        }
    }

    /// <summary>The pages to show in detail: a mix of kinds (a profile, a leaderboard, a pair page...), in path order within each.</summary>
    private static async Task<IReadOnlyList<PageDiff>> ShowAsync(List<PageDiff> others, IReadOnlyList<string> pairs, int count, TestServer before, TestServer after, CancellationToken cancel)
    {
        var byKind = others.GroupBy(d => d.Path.Split('/', 3) is [_, var kind, ..] ? kind : "", StringComparer.Ordinal)
            .OrderBy(g => KindOrder(g.Key))
            .Select(g => new Queue<PageDiff>(g))
            .ToList();
        var pairQueue = new Queue<string>(pairs);
        var shown = new List<PageDiff>();
        while (shown.Count < count && (byKind.Any(q => q.Count > 0) || pairQueue.Count > 0))
        {
            foreach (var queue in byKind.Where(q => q.Count > 0))
            {
                if (shown.Count < count)
                {
                    shown.Add(queue.Dequeue());
                }
            }

            if (shown.Count < count && pairQueue.Count > 0 && await CompareAsync(before, after, pairQueue.Dequeue(), cancel) is { } pair)
            {
                shown.Add(pair);
            }
        }

        return shown;
    }

    private static int KindOrder(string kind) => kind switch
    {
        "models" => 0,
        "benchmarks" => 1,
        "providers" => 2,
        _ => 3,
    };

    /// <summary>Pair pages whose inputs differ, or that exist in one catalog only.</summary>
    private static List<string> ChangedPairs(SiteView beforeView, SiteView afterView)
    {
        var (before, after) = (beforeView.Snapshot, afterView.Snapshot);
        // Both sides judged on one day, the new catalog's, so only the data's changes count; the old view's
        // facts are reused only when they were worked out on that day.
        var a = new PairInputs(new ComparisonEngine(beforeView.Engine.View, afterView.Today), beforeView.Today == afterView.Today ? beforeView.Facts : null);
        var b = new PairInputs(afterView.Engine, afterView.Facts);
        var slugs = before.Models.Select(m => m.Slug).Union(after.Models.Select(m => m.Slug), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var changed = new ConcurrentBag<string>();
        Parallel.For(0, slugs.Length, i =>
        {
            for (var j = i + 1; j < slugs.Length; j++)
            {
                if (a.For(slugs[i], slugs[j]) != b.For(slugs[i], slugs[j]))
                {
                    changed.Add(Urls.Pair(slugs[i], slugs[j]));
                }
            }
        });

        return [.. changed.Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The canonical pages other than pair pages that may have changed: the home page and the lists always;
    /// a profile, provider page or leaderboard when its record or the engine's result it lays out differs, or
    /// is in one catalog only (or cannot be compared that way), so unchanged pages are not rendered twice.
    /// </summary>
    private static List<string> Candidates(SiteView before, SiteView after)
    {
        var pages = new List<string> { Urls.Home, Urls.Models, Urls.Providers, Urls.Benchmarks, Urls.Data };
        void Add<T>(Func<CatalogSnapshot, IEnumerable<T>> records, Func<T, string> slug, Func<SiteView, T, object> result, Func<string, string> url)
        {
            var old = records(before.Snapshot).ToDictionary(slug, StringComparer.Ordinal);
            var now = records(after.Snapshot).ToDictionary(slug, StringComparer.Ordinal);
            foreach (var key in old.Keys.Union(now.Keys, StringComparer.Ordinal))
            {
                if (!old.TryGetValue(key, out var a) || !now.TryGetValue(key, out var b)
                    || Digest(new { Record = a, Result = result(before, a) }) is not { } x || x != Digest(new { Record = b, Result = result(after, b) }))
                {
                    pages.Add(url(key));
                }
            }
        }

        Add(c => c.Models, m => m.Slug, (v, m) => v.Engine.Profile(v.Facts[m.Slug]), Urls.Model);
        Add(c => c.Providers, p => p.Slug, (v, p) => v.Engine.Provider(p), Urls.Provider);
        Add(c => c.Benchmarks, b => b.Slug, (v, b) => v.Engine.Leaderboard(b), Urls.Benchmark);
        return [.. pages.Order(StringComparer.Ordinal)];
    }

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>A digest of what a page lays out; null when it cannot be serialized (then the page is rendered).</summary>
    private static string? Digest(object value)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(value, Json)));
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Renders a page in both catalogs; null when its text is the same.</summary>
    private static async Task<PageDiff?> CompareAsync(TestServer before, TestServer after, string path, CancellationToken cancel)
    {
        var old = await TextAsync(before, path, cancel);
        var now = await TextAsync(after, path, cancel);
        if (old.SequenceEqual(now, StringComparer.Ordinal))
        {
            return null;
        }

        return new PageDiff(path, Changes(old, now));
    }

    /// <summary>The page's text as lines (title, description, then each block of the main content, a sentence a line); empty when it does not answer 200.</summary>
    private static async Task<List<string>> TextAsync(TestServer server, string path, CancellationToken cancel)
    {
        var (status, _, body) = await SiteExport.GetAsync(server, path, cancel);
        using var pooled = body;
        if (status != StatusCodes.Status200OK)
        {
            return [];
        }

        var document = await new HtmlParser().ParseDocumentAsync(Encoding.UTF8.GetString(body.Span), cancel);
        var lines = new List<string> { "Title: " + Clean(document.Title) };
        if (document.QuerySelector("meta[name=description]")?.GetAttribute("content") is { } description)
        {
            lines.Add("Description: " + Clean(description));
        }

        if (document.QuerySelector("main") is { } main)
        {
            foreach (var block in main.QuerySelectorAll(Blocks).Where(e => e.QuerySelector(Blocks) is null))
            {
                var text = block.LocalName == "tr"
                    ? string.Join(" | ", block.Children.Select(c => Clean(c.TextContent)).Where(t => t.Length > 0))
                    : Clean(block.TextContent);
                lines.AddRange(SentenceEnd().Split(text).Where(s => s.Length > 0));
            }
        }

        return lines;
    }

    private static string Clean(string? text) => Whitespace().Replace(text ?? "", " ").Trim();

    /// <summary>
    /// The lines only one side has, in page order (a longest common subsequence of the two): in each run of
    /// changes, the n-th removed line is paired with the n-th added one, so a changed figure reads before -> after.
    /// A line found anywhere on the other page only moved and is left out.
    /// </summary>
    internal static IReadOnlyList<ChangedLine> Changes(IReadOnlyList<string> before, IReadOnlyList<string> after)
    {
        var (n, m) = (before.Count, after.Count);
        var common = new int[n + 1, m + 1];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                common[i, j] = before[i] == after[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var changes = new List<ChangedLine>();
        var (removed, added) = (new List<string>(), new List<string>());
        // A line that only moved (a table re-sorted by the new price) is on both pages: it is not a change.
        var (wasThere, isThere) = (before.ToHashSet(StringComparer.Ordinal), after.ToHashSet(StringComparer.Ordinal));
        void Flush()
        {
            removed.RemoveAll(isThere.Contains);
            added.RemoveAll(wasThere.Contains);
            for (var k = 0; k < Math.Max(removed.Count, added.Count); k++)
            {
                changes.Add(new ChangedLine(k < removed.Count ? removed[k] : null, k < added.Count ? added[k] : null));
            }

            removed.Clear();
            added.Clear();
        }

        var (x, y) = (0, 0);
        while (x < n || y < m)
        {
            if (x < n && y < m && before[x] == after[y])
            {
                Flush();
                (x, y) = (x + 1, y + 1);
            }
            else if (y < m && (x == n || common[x, y + 1] >= common[x + 1, y]))
            {
                added.Add(after[y++]);
            }
            else
            {
                removed.Add(before[x++]);
            }
        }

        Flush();
        return changes;
    }

    /// <summary>A site host over one data folder, its database cached by the files' hash and the day (pages say "in 3 days").</summary>
    private static async Task<WebApplication> StartAsync(string dataDirectory, string cache, CancellationToken cancel)
    {
        var hash = DataSetReader.Hash(dataDirectory) ?? Guid.NewGuid().ToString("N");
        var database = Path.Combine(cache, $"{hash[..Math.Min(24, hash.Length)]}-{DateTime.UtcNow:yyyyMMdd}.db");
        var app = SiteExport.BuildHost(new ExportOptions(cache) { DataDirectory = dataDirectory, DatabasePath = database, PublicOrigin = Origin });
        try
        {
            await app.StartAsync(cancel);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>Writes the data folder as it is at a git revision into <paramref name="target"/> (<c>git archive</c>, read as a tar stream).</summary>
    private static async Task ExtractAsync(string dataDirectory, string revision, string target, CancellationToken cancel)
    {
        if (revision.StartsWith('-'))
        {
            throw new DiffBaseException($"\"{revision}\" is not a git revision.");
        }

        var folder = Path.GetFullPath(dataDirectory);
        // git archive run inside a subfolder keeps only that subfolder of the tree it is given: run it at the top.
        var top = (await GitAsync(folder, ["rev-parse", "--show-toplevel"], cancel)).Trim();
        var prefix = Path.GetRelativePath(top, folder).Replace('\\', '/');
        var start = new ProcessStartInfo("git") { WorkingDirectory = top, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "archive", "--format=tar", prefix == "." ? revision : $"{revision}:{prefix}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var archive = new MemoryStream();
        using (var git = Start(start))
        {
            var error = git.StandardError.ReadToEndAsync(cancel);
            await git.StandardOutput.BaseStream.CopyToAsync(archive, cancel);
            await git.WaitForExitAsync(cancel);
            if (git.ExitCode != 0)
            {
                throw new DiffBaseException($"git could not read {prefix}/ at {revision}: {(await error).Trim()}");
            }
        }

        archive.Position = 0;
        Directory.CreateDirectory(target);
        await TarFile.ExtractToDirectoryAsync(archive, target, overwriteFiles: true, cancel);
    }

    private static async Task<string> GitAsync(string folder, string[] args, CancellationToken cancel)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var git = Start(start);
        var output = git.StandardOutput.ReadToEndAsync(cancel);
        var error = git.StandardError.ReadToEndAsync(cancel);
        await git.WaitForExitAsync(cancel);
        return git.ExitCode == 0
            ? await output
            : throw new DiffBaseException($"{folder} is not in a git repository ({(await error).Trim()}): give the base as a folder with --base-data.");
    }

    private static Process Start(ProcessStartInfo start)
    {
        try
        {
            return Process.Start(start) ?? throw new DiffBaseException("git could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new DiffBaseException($"git could not be started ({ex.Message}): give the base as a folder with --base-data.");
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Between sentences: after ". ", "! " or "? " followed by a capital, a digit or a dollar sign.</summary>
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z0-9$])")]
    private static partial Regex SentenceEnd();
}

/// <summary>The base of a diff cannot be read (no git, an unknown revision).</summary>
public sealed class DiffBaseException : Exception
{
    public DiffBaseException()
    {
    }

    public DiffBaseException(string message)
        : base(message)
    {
    }

    public DiffBaseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
