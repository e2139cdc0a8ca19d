using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ModelCompare.Data.Files;

namespace ModelCompare.Data;

/// <summary>
/// Reads every file under a data directory, checks each one and the references between them, and
/// reports all problems in one pass.
/// </summary>
public static class DataSetReader
{
    private enum Kind
    {
        Provider,
        Model,
        Route,
        Benchmark,
    }

    private sealed record Entry(string FullPath, string DisplayPath, Kind Kind, string Folder, string Slug);

    /// <summary>Reads and validates the data directory. Never throws for bad data: problems are in the result.</summary>
    /// <param name="dataDirectory">The folder holding providers/, models/, routes/ and benchmarks/.</param>
    /// <param name="progress">Called with (files done, files in all) while files are read.</param>
    public static DataSet Read(string dataDirectory, Action<int, int>? progress = null)
    {
        var root = Path.GetFullPath(dataDirectory);
        var problems = new ProblemList();
        if (!Directory.Exists(root))
        {
            problems.Add(new DataProblem(root, 1, 1, "(data)", $"the data folder {root} does not exist"));
            return Empty(problems);
        }

        var entries = Discover(root, problems);
        var texts = new string?[entries.Count];
        var hash = HashFiles(root, entries, texts, problems);

        var results = new ConcurrentBag<(int Index, object? Draft, ProblemList Problems)>();
        var done = 0;
        Parallel.For(0, entries.Count, i =>
        {
            var fileProblems = new ProblemList();
            results.Add((i, texts[i] is { } text ? Parse(entries[i], text, fileProblems) : null, fileProblems));
            var n = Interlocked.Increment(ref done);
            if (n % 500 == 0 || n == entries.Count)
            {
                progress?.Invoke(n, entries.Count);
            }
        });

        var ordered = results.OrderBy(r => r.Index).ToList();
        foreach (var (_, _, fileProblems) in ordered)
        {
            foreach (var p in fileProblems.Items)
            {
                problems.Add(p);
            }
        }

        var drafts = ordered.Select(r => r.Draft).ToList();
        var providers = drafts.OfType<ProviderDraft>().ToList();
        var models = drafts.OfType<ModelDraft>().ToList();
        var routes = drafts.OfType<RouteDraft>().ToList();
        var benchmarks = drafts.OfType<BenchmarkDraft>().ToList();
        // A file that could not be read at all has already been reported; references to it are not
        // reported again, so one typo does not bury the editor in follow-on errors.
        var unreadable = ordered.Where(r => r.Draft is null).Select(r => entries[r.Index]).ToList();
        CrossReferences.Check(
            providers,
            models,
            routes,
            benchmarks,
            problems,
            unreadable.Where(e => e.Kind == Kind.Model).Select(e => e.Slug).ToHashSet(StringComparer.Ordinal),
            unreadable.Where(e => e.Kind == Kind.Provider).Select(e => e.Slug).ToHashSet(StringComparer.Ordinal));
        PriceChecks.Check(providers, models, routes, problems);

        return new DataSet(
            [.. providers.Select(p => p.Provider)],
            [.. models.Select(m => m.Model)],
            [.. routes.Select(r => r.Route)],
            [.. benchmarks.Select(b => b.Benchmark)],
            [.. benchmarks.SelectMany(b => b.Scores.Select(s => s.Score))],
            DataSourceCredits.All,
            problems.Sorted(),
            hash,
            entries.Count)
        {
            Warnings = problems.SortedWarnings(),
        };
    }

    /// <summary>
    /// The hash <see cref="Read"/> would report, computed from the files' bytes without parsing them; null
    /// when the folder's layout itself has problems. Lets a start-up skip validation when the database was
    /// built from exactly these files.
    /// </summary>
    public static string? Hash(string dataDirectory)
    {
        var root = Path.GetFullPath(dataDirectory);
        if (!Directory.Exists(root))
        {
            return null;
        }

        var problems = new ProblemList();
        var entries = Discover(root, problems);
        if (problems.Count > 0)
        {
            return null;
        }

        var hash = HashFiles(root, entries, texts: null, problems);
        return problems.Count > 0 ? null : hash;
    }

    /// <summary>
    /// True for the files editors leave beside the ones they edit, which are never data: hidden files (vim's
    /// <c>.gpt-4o.md.swp</c>, Emacs's <c>.#gpt-4o.md</c> lock, <c>.DS_Store</c>) and backups whose name ends
    /// in <c>~</c> (<c>gpt-4o.md~</c>) and Emacs's autosaves (<c>#gpt-4o.md#</c>). Validation, the site's start and its live reload all read the folder
    /// through this one rule.
    /// </summary>
    public static bool IsEditorFile(string name) =>
        name.StartsWith('.') || name.EndsWith('~') || (name.Length > 1 && name.StartsWith('#') && name.EndsWith('#'));

    private static DataSet Empty(ProblemList problems) => new([], [], [], [], [], [], problems.Sorted(), "", 0);

    private static List<Entry> Discover(string root, ProblemList problems)
    {
        var entries = new List<Entry>();
        void Flat(string folder, string extension, Kind kind)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                problems.Add(new DataProblem(Display(dir), 1, 1, "(data)", $"the folder {folder}/ is missing (looked for {dir})"));
                return;
            }

            if (LeadsOutside(dir))
            {
                return;
            }

            FilesIn(dir, folder, extension, kind, folder);
        }

        void Nested(string folder, string extension, Kind kind)
        {
            var dir = Path.Combine(root, folder);
            if (!Directory.Exists(dir))
            {
                problems.Add(new DataProblem(Display(dir), 1, 1, "(data)", $"the folder {folder}/ is missing (looked for {dir})"));
                return;
            }

            if (LeadsOutside(dir))
            {
                return;
            }

            if (List(dir, Directory.EnumerateFiles) is not { } files || List(dir, Directory.EnumerateDirectories) is not { } subs)
            {
                return;
            }

            foreach (var file in files)
            {
                problems.Add(new DataProblem(Display(file), 1, 1, "(data)", $"unexpected file: {folder}/ holds one folder per provider slug"));
            }

            foreach (var sub in subs.Where(sub => !LeadsOutside(sub)))
            {
                FilesIn(sub, $"{folder}/{Path.GetFileName(sub)}", extension, kind, Path.GetFileName(sub));
            }
        }

        // A folder that is a symbolic link out of the data folder is reported and not read.
        bool LeadsOutside(string dir)
        {
            if (!DataFileText.LeadsOutside(dir, root))
            {
                return false;
            }

            problems.Add(new DataProblem(Display(dir), 1, 1, "(data)", "the folder cannot be read: it is a symbolic link to a folder outside the data folder; the data files must be in the data folder (copy them in)"));
            return true;
        }

        // The files of one folder, in name order; a folder inside it is reported, never silently skipped.
        void FilesIn(string dir, string shown, string extension, Kind kind, string folder)
        {
            if (List(dir, Directory.EnumerateFiles) is not { } files || List(dir, Directory.EnumerateDirectories) is not { } subs)
            {
                return;
            }

            foreach (var file in files)
            {
                Add(file, extension, kind, folder);
            }

            foreach (var sub in subs)
            {
                problems.Add(new DataProblem(Display(sub), 1, 1, "(data)", $"unexpected folder: {shown}/ holds files only"));
            }
        }

        // A folder that cannot be listed (permissions, a symbolic link loop) is a problem, not a crash.
        List<string>? List(string dir, Func<string, IEnumerable<string>> enumerate)
        {
            try
            {
                return [.. enumerate(dir).Order(StringComparer.Ordinal)];
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new DataProblem(Display(dir), 1, 1, "(data)", $"the folder cannot be read: {DataFileText.Reason(ex)}"));
                return null;
            }
        }

        void Add(string file, string extension, Kind kind, string folder)
        {
            var name = Path.GetFileName(file);
            if (IsEditorFile(name))
            {
                return;
            }

            if (!name.EndsWith(extension, StringComparison.Ordinal))
            {
                problems.Add(new DataProblem(Display(file), 1, 1, "(file)", $"unexpected file: expected a {extension} file"));
                return;
            }

            entries.Add(new Entry(file, Display(file), kind, folder, name[..^extension.Length]));
        }

        Flat("providers", ".md", Kind.Provider);
        Nested("models", ".md", Kind.Model);
        Nested("routes", ".yaml", Kind.Route);
        Flat("benchmarks", ".yaml", Kind.Benchmark);
        return entries;
    }

    /// <summary>
    /// Reads every file once: hashes its bytes and, when <paramref name="texts"/> is given, decodes it as
    /// UTF-8 for parsing. A file that cannot be read, is too large or is not UTF-8 is reported and left out
    /// of parsing (its text stays null).
    /// </summary>
    private static string HashFiles(string root, List<Entry> entries, string?[]? texts, ProblemList problems)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var i = 0; i < entries.Count; i++)
        {
            var bytes = DataFileText.ReadBytes(entries[i].FullPath, entries[i].DisplayPath, problems, root);
            sha.AppendData(Encoding.UTF8.GetBytes(Path.GetRelativePath(root, entries[i].FullPath).Replace('\\', '/') + "\n"));
            if (bytes is null)
            {
                continue;
            }

            if (texts is not null)
            {
                texts[i] = DataFileText.Decode(entries[i].DisplayPath, bytes, problems);
            }

            sha.AppendData(bytes);
            sha.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static object? Parse(Entry entry, string text, ProblemList problems)
    {
        try
        {
            return ParseFile(entry, text, problems);
        }
#pragma warning disable CA1031 // A reader's failure on one file is that file's problem: it must never stop validation, the site's start or a reload.
        catch (Exception ex) when (ex is not OutOfMemoryException)
#pragma warning restore CA1031
        {
            problems.Add(new DataProblem(entry.DisplayPath, 1, 1, "(file)", "the file could not be read to its end: the Markdown or YAML reader stopped on it; look for unusual nesting or repetition"));
            return null;
        }
    }

    private static object? ParseFile(Entry entry, string text, ProblemList problems)
    {
        // A route's file name is <model>.yaml, or <model>--<variant>.yaml for a variant: each part is a slug.
        var (slug, variant) = entry.Kind == Kind.Route ? RouteFileName(entry.Slug) : (entry.Slug, null);
        foreach (var part in variant is null ? [slug] : new[] { slug, variant })
        {
            if (Vocabulary.SlugProblem(part) is { } slugProblem)
            {
                problems.Add(new DataProblem(entry.DisplayPath, 1, 1, "(file name)", slugProblem));
                return null;
            }
        }

        if (!DataFileText.CheckCharacters(entry.DisplayPath, text, problems))
        {
            return null;
        }

        switch (entry.Kind)
        {
            case Kind.Provider:
                return DataFileParser.ParseMarkdown(entry.DisplayPath, text, problems) is { } provider ? RecordReaders.ReadProvider(provider, entry.Slug) : null;
            case Kind.Model:
                var model = DataFileParser.ParseMarkdown(entry.DisplayPath, text, problems) is { } m ? RecordReaders.ReadModel(m, entry.Slug) : null;
                if (model is not null && model.Model.MakerSlug.Length > 0 && model.Model.MakerSlug != entry.Folder)
                {
                    problems.Add(model.MakerAt, "maker", $"\"{model.Model.MakerSlug}\" does not match the folder models/{entry.Folder}/ this file is in");
                }

                return model;
            case Kind.Route:
                return DataFileParser.ParseYamlFile(entry.DisplayPath, text, problems) is { } r ? RecordReaders.ReadRoute(r, entry.Folder, slug, variant) : null;
            default:
                return DataFileParser.ParseYamlFile(entry.DisplayPath, text, problems) is { } b ? RecordReaders.ReadBenchmark(b, entry.Slug) : null;
        }
    }

    /// <summary>"gpt-4o" -> ("gpt-4o", null); "llama-3-1-70b--fp8" -> ("llama-3-1-70b", "fp8").</summary>
    private static (string Model, string? Variant) RouteFileName(string name)
    {
        var at = name.IndexOf(Catalog.RouteVariant.Separator, StringComparison.Ordinal);
        return at < 0 ? (name, null) : (name[..at], name[(at + Catalog.RouteVariant.Separator.Length)..]);
    }

    /// <summary>Paths are shown relative to the working directory when they are below it, as editors type them.</summary>
    private static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative).Replace('\\', '/');
    }
}
