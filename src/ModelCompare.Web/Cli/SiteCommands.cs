using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ModelCompare.Data;
using ModelCompare.Data.Files;
using ModelCompare.Data.Storage;

namespace ModelCompare.Web.Cli;

/// <summary>The site executable's verbs: <c>validate</c>, <c>build-db</c>, <c>export</c>, <c>diff</c> and <c>healthcheck</c>.</summary>
public static class SiteCommands
{
    private static readonly string[] Verbs = ["validate", "build-db", "export", "diff", "healthcheck", "--help", "-h", "-?"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.Ordinal);

    public static Task<int> RunAsync(string[] args) => RunAsync(Invocation.Parse(args));

    /// <summary>Runs a verb; relative paths in its options resolve against the folder the command was typed in.</summary>
    public static Task<int> RunAsync(Invocation invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        var data = new Option<string?>("--data") { Description = "The data folder (default: the nearest data/ folder above the working directory)." };
        var output = new Option<string?>("--out") { Description = "Where to write the SQLite file (default: .modelcompare/catalog.db beside the data folder)." };

        var errorsOnly = new Option<bool>("--errors") { Description = "Print errors only (the problems that keep the data from going live), not warnings." };
        var files = new Argument<string[]>("files") { Description = "Print only these files' problems (every file is still read, for the checks across files).", Arity = ArgumentArity.ZeroOrMore };
        var stale = new Option<int?>("--stale") { Description = "Instead of the problems, list the N records least recently reviewed (models' and providers' last_reviewed, routes' checked), oldest first (default 20).", Arity = ArgumentArity.ZeroOrOne };
        var validate = new Command("validate", "Check every data file and print each problem as path:line:column: field: message.") { data, errorsOnly, stale, files };
        validate.SetAction(parse => OneLineOnFailure(() => parse.GetResult(stale) is not null
            ? Stale(invocation, parse.GetValue(data), parse.GetValue(stale) ?? DefaultStale)
            : Validate(invocation, parse.GetValue(data), parse.GetValue(errorsOnly), parse.GetValue(files) ?? [])));

        var buildDb = new Command("build-db", "Validate the data files and write them to the SQLite catalog.") { data, output };
        buildDb.SetAction(parse => OneLineOnFailure(() => BuildDatabase(invocation, parse.GetValue(data), parse.GetValue(output))));

        var url = new Option<Uri>("--url") { Description = "The health endpoint to probe.", DefaultValueFactory = _ => new Uri("http://localhost:8080/healthz") };
        var health = new Command("healthcheck", "Probe a running site's /healthz; exit 0 when it answers 200 (for container health checks).") { url };
        health.SetAction((parse, cancel) => ProbeAsync(parse.GetValue(url)!, cancel));

        var exportOut = new Option<string>("--out") { Description = "The folder to write the static site to.", Required = true };
        var noCompress = new Option<bool>("--no-precompress") { Description = "Skip the .br copies." };
        var full = new Option<bool>("--full") { Description = "Render every page and preview, even those whose inputs have not changed since the last export." };
        var noPreviews = new Option<bool>("--no-previews") { Description = "Skip the share preview images (and delete those of an earlier export): pages only, to time them alone." };
        var force = new Option<bool>("--force") { Description = "Write into a non-empty folder that has no manifest of an earlier export (files the export does not write are left alone)." };
        var export = new Command("export", "Render every canonical page, sitemap, feed, data download, asset and share preview to static files, with .br copies of the text. After an earlier export, only changed files are written and their URLs printed, one per line. Refuses (exit code 2) the data folder, a folder inside or above it, a repository's root, / and, without --force, a non-empty folder it did not write.") { data, exportOut, noCompress, full, noPreviews, force };
        export.SetAction((parse, cancel) => ExportAsync(new ExportOptions(invocation.Resolve(parse.GetValue(exportOut)!)) { DataDirectory = parse.GetValue(data) is { } folder ? invocation.Resolve(folder) : null, Precompress = !parse.GetValue(noCompress), Full = parse.GetValue(full), Previews = !parse.GetValue(noPreviews), Force = parse.GetValue(force), InvokedFrom = invocation.Directory }, cancel));

        var baseRevision = new Option<string>("--base") { Description = "The git revision whose data folder is the base (default HEAD, the last commit).", DefaultValueFactory = _ => "HEAD" };
        var baseData = new Option<string?>("--base-data") { Description = "A data folder to use as the base instead of a git revision." };
        var show = new Option<int>("--show") { Description = "How many changed pages to show sentence by sentence (default 3).", DefaultValueFactory = _ => 3 };
        var all = new Option<bool>("--all") { Description = "List every changed pair page (by default the first 20)." };
        var diff = new Command("diff", "List the pages whose text the data's changes would change, against the last commit (or --base, --base-data), and show the changed sentences and figures of a few of them, without an export.") { data, baseRevision, baseData, show, all };
        diff.SetAction((parse, cancel) => DiffAsync(invocation, parse.GetValue(data), parse.GetValue(baseRevision)!, parse.GetValue(baseData), parse.GetValue(show), parse.GetValue(all), cancel));

        var root = new RootCommand("ModelCompare: run with no verb to serve the site.") { validate, buildDb, export, diff, health };
        return root.Parse(invocation.Args).InvokeAsync();
    }

    /// <summary>A file-system or database failure ends the command with one line and exit code 1, never a stack trace.</summary>
    private static int OneLineOnFailure(Func<int> command)
    {
        try
        {
            return command();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Console.Error.WriteLine($"Stopped: {ex.Message}");
            return 1;
        }
    }

    private static int Validate(Invocation invocation, string? dataDirectory, bool errorsOnly, string[] files)
    {
        var paths = CatalogPaths.Resolve(dataDirectory, null, invocation.Directory);
        var named = files.Select(invocation.Resolve).ToList();
        foreach (var file in named.Where(f => !File.Exists(f)))
        {
            Console.Error.WriteLine($"No such file: {file}");
            return 1;
        }

        var clock = Stopwatch.StartNew();
        var result = DataSetReader.Read(paths.DataDirectory, Progress);
        ClearProgress();

        // Problem paths are shown relative to the working folder; the named files relative to where the command was typed.
        var comparer = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var wanted = named.ToHashSet(comparer);
        bool Shown(DataProblem p) => wanted.Count == 0 || wanted.Contains(Path.GetFullPath(p.Path));
        var errors = result.Problems.Where(Shown).ToList();
        var warnings = errorsOnly ? [] : result.Warnings.Where(Shown).ToList();
        foreach (var problem in errors.Concat(warnings).OrderBy(p => p.Path, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column))
        {
            Console.Out.WriteLine(problem);
        }

        var summary = string.Create(CultureInfo.InvariantCulture, $"{result.FileCount:N0} files, {result.Models.Length:N0} models, {result.Providers.Length:N0} providers, {result.Routes.Length:N0} routes, {result.Benchmarks.Length:N0} benchmarks, {result.Scores.Length:N0} scores checked in {clock.Elapsed.TotalSeconds:0.00} s");
        var warned = warnings.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" with {warnings.Count:N0} warning(s)");
        var scope = named.Count == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" in {named.Count:N0} named file(s)");
        var elsewhere = named.Count == 0 ? "" : Elsewhere(result.Problems.Count - errors.Count, errorsOnly ? 0 : result.Warnings.Count - warnings.Count);
        if (errors.Count == 0)
        {
            Console.Error.WriteLine($"OK{scope}{warned}: {summary}.{elsewhere}");
            return 0;
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors.Count:N0} problem(s) found{scope}{warned}: {summary}.{elsewhere}"));
        return 1;
    }

    private const int DefaultStale = 20;

    /// <summary>The records least recently reviewed, oldest first: the date, the file and the field that holds the date.</summary>
    private static int Stale(Invocation invocation, string? dataDirectory, int count)
    {
        var paths = CatalogPaths.Resolve(dataDirectory, null, invocation.Directory);
        var result = DataSetReader.Read(paths.DataDirectory, Progress);
        ClearProgress();
        var records = result.Models.Select(m => (Date: m.LastReviewed, File: Catalog.DataFilePaths.Model(m), Field: "last_reviewed"))
            .Concat(result.Providers.Select(p => (Date: p.LastReviewed, File: Catalog.DataFilePaths.Provider(p.Slug), Field: "last_reviewed")))
            .Concat(result.Routes.Select(r => (Date: r.Checked, File: Catalog.DataFilePaths.Route(r), Field: "checked")))
            .OrderBy(r => r.Date)
            .ThenBy(r => r.File, StringComparer.Ordinal)
            .ToList();
        foreach (var (date, file, field) in records.Take(Math.Max(0, count)))
        {
            var shown = Path.GetRelativePath(invocation.Directory, Path.Combine(paths.DataDirectory, file)).Replace('\\', '/');
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{date:yyyy-MM-dd}  {shown} ({field})"));
        }

        var errors = result.IsValid ? "" : string.Create(CultureInfo.InvariantCulture, $" The data has {result.Problems.Count:N0} error(s) (validate lists them); a file that could not be read is not listed.");
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"The {Math.Min(count, records.Count):N0} least recently reviewed of {records.Count:N0} records (models, providers, routes), oldest first.{errors}"));
        return 0;
    }

    /// <summary>What a run over named files did not print, so an editor knows the data as a whole may still be refused.</summary>
    private static string Elsewhere(int errors, int warnings) => errors == 0 && warnings == 0
        ? ""
        : string.Create(CultureInfo.InvariantCulture, $" Other files have {errors:N0} error(s) and {warnings:N0} warning(s) (not shown){(errors > 0 ? "; the data does not go live until they are fixed" : "")}.");

    private static int BuildDatabase(Invocation invocation, string? dataDirectory, string? outputPath)
    {
        var paths = CatalogPaths.Resolve(dataDirectory, outputPath, invocation.Directory);
        var clock = Stopwatch.StartNew();
        var data = DataSetReader.Read(paths.DataDirectory, Progress);
        ClearProgress();
        if (!data.IsValid)
        {
            foreach (var problem in data.Problems)
            {
                Console.Out.WriteLine(problem);
            }

            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{data.Problems.Count:N0} problem(s) found; the database was not changed."));
            return 1;
        }

        CatalogDatabase.Build(data, paths.DatabasePath, TimeProvider.System.GetUtcNow(), step => Status($"Writing {step}..."));
        ClearProgress();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Built {paths.DatabasePath} from {data.FileCount:N0} files ({data.Models.Length:N0} models, {data.Routes.Length:N0} routes) in {clock.Elapsed.TotalSeconds:0.00} s."));
        return 0;
    }

    private static async Task<int> ExportAsync(ExportOptions options, CancellationToken cancel)
    {
        ExportResult result;
        try
        {
            result = await SiteExport.RunAsync(options, new SiteExport.ProgressBar(), cancel);
        }
        catch (ExportRefusedException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"The export stopped: {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is Hosting.CatalogUnavailableException or Microsoft.Extensions.Options.OptionsValidationException)
        {
            Console.Error.WriteLine($"The export cannot start: {ex.Message}");
            return 1;
        }

        foreach (var rejected in result.Rejected.Take(20))
        {
            Console.Error.WriteLine(rejected);
        }

        if (result.Rejected.Count > 20)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {result.Rejected.Count - 20:N0} more manifest line(s) ignored."));
        }

        // Standard output is the purge list: every URL written or removed, one per line.
        if (result.Incremental)
        {
            foreach (var path in result.Changed)
            {
                Console.Out.WriteLine(new Uri(result.Origin, path));
            }
        }

        var seconds = result.Elapsed.TotalSeconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Exported {result.Pages:N0} pages and {result.Images:N0} preview images to {Path.GetFullPath(options.OutputDirectory)} in {seconds:0.0} s: rendered {result.Rendered:N0} URLs ({result.Rendered / seconds:N0}/s), wrote {result.Written:N0} ({result.Files:N0} files, {result.Bytes / 1048576.0:N1} MB before compression), removed {result.Removed:N0}."));
        var t = result.Timings;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Time: start-up (data, database, snapshot, view) {t.StartUp.TotalSeconds:0.0} s, listing and deciding what changed {t.Deciding.TotalSeconds:0.0} s (manifest {t.Manifest.TotalSeconds:0.0} s, inputs {t.Inputs.TotalSeconds:0.0} s, listing {t.Listing.TotalSeconds:0.0} s), rendering and writing {t.Exporting.TotalSeconds:0.0} s (summed over the workers: rendering {t.Rendering.TotalSeconds:0.0} s, compressing {t.Compressing.TotalSeconds:0.0} s, writing {t.Writing.TotalSeconds:0.0} s), deleting and the manifest {t.Finishing.TotalSeconds:0.0} s."));
        Console.Error.WriteLine(result.Incremental
            ? string.Create(CultureInfo.InvariantCulture, $"{result.Changed.Count:N0} URL(s) changed since the last export (listed on standard output for a CDN purge).")
            : "No earlier export's manifest was found, so every file was written: purge the whole CDN cache.");
        if (result.WithQuery > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.WithQuery:N0} listed URL(s) with a query string (such as /models?page=2) were not written: a static host serves a path, not a query."));
        }

        if (result.Missing.Count > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Missing.Count:N0} listed URL(s) did not answer 200 and were not written: {string.Join(", ", result.Missing.Take(10))}"));
            return 1;
        }

        return 0;
    }

    /// <summary>Pair pages listed before "... and N more" unless --all is given.</summary>
    private const int PairPagesListed = 20;

    /// <summary>Changed lines shown per page.</summary>
    private const int LinesShown = 12;

    private static async Task<int> DiffAsync(Invocation invocation, string? dataDirectory, string baseRevision, string? baseData, int show, bool all, CancellationToken cancel)
    {
        var paths = CatalogPaths.Resolve(dataDirectory, null, invocation.Directory);
        DiffResult result;
        try
        {
            result = await SiteDiff.RunAsync(new DiffOptions(paths.DataDirectory) { BaseDataDirectory = baseData is null ? null : invocation.Resolve(baseData), BaseRevision = baseRevision, Show = Math.Max(0, show) }, cancel);
        }
        catch (Exception ex) when (ex is DiffBaseException or IOException or Hosting.CatalogUnavailableException)
        {
            Console.Error.WriteLine($"The diff cannot run: {ex.Message}");
            if (ex is Hosting.CatalogUnavailableException)
            {
                Console.Error.WriteLine("Run validate --errors: data with errors never goes live, so it has no pages to compare.");
            }

            return 1;
        }

        var pairs = 0;
        foreach (var page in result.Pages)
        {
            var isPair = page.StartsWith(Site.Urls.Compare + "/", StringComparison.Ordinal);
            if (isPair && !all && ++pairs > PairPagesListed)
            {
                continue;
            }

            Console.Out.WriteLine(page);
        }

        if (!all && result.PairPages > PairPagesListed)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"... and {result.PairPages - PairPagesListed:N0} more pair pages (--all lists them)"));
        }

        foreach (var page in result.Shown)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine(page.Path);
            foreach (var line in page.Lines.Take(LinesShown))
            {
                Console.Out.WriteLine(line switch
                {
                    { Before: { } before, After: { } after } => $"  {before} -> {after}",
                    { Before: { } before } => $"  removed: {before}",
                    _ => $"  added: {line.After}",
                });
            }

            if (page.Lines.Count > LinesShown)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  ... and {page.Lines.Count - LinesShown:N0} more changed lines"));
            }
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages.Count:N0} page(s) would change against {result.BaseName} ({result.PairPages:N0} pair pages, from their inputs; {result.Pages.Count - result.PairPages:N0} other pages, rendered and compared) in {result.Elapsed.TotalSeconds:0.0} s."));
        return 0;
    }

    private static async Task<int> ProbeAsync(Uri url, CancellationToken cancel)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await client.GetAsync(url, cancel);
            Console.Out.WriteLine($"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancel)}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (HttpRequestException ex)
        {
            Console.Error.WriteLine($"{url} did not answer: {ex.Message}");
            return 1;
        }
        catch (TaskCanceledException)
        {
            Console.Error.WriteLine($"{url} did not answer within 5 seconds.");
            return 1;
        }
    }

    private static void Progress(int done, int total) => Status(string.Create(CultureInfo.InvariantCulture, $"Reading data files: {done:N0}/{total:N0}"));

    private static void Status(string text)
    {
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write($"\r{text,-60}");
        }
    }

    private static void ClearProgress()
    {
        if (!Console.IsErrorRedirected)
        {
            Console.Error.Write($"\r{new string(' ', 60)}\r");
        }
    }
}
