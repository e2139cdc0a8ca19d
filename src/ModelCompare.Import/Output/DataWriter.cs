using ModelCompare.Import.Tables;
using System.Globalization;
using System.Text;
using ModelCompare.Catalog;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Building;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Output;

/// <summary>Writes the catalog as the data files described in docs/data-format.md.</summary>
internal static class DataWriter
{
    private static readonly string[] CapabilityOrder = [.. CapabilitySet.All.Select(CapabilityNames.FileKey)];

    private static readonly string[] Folders = ["providers", "models", "routes", "benchmarks"];

    /// <summary>The file, beside the data folders, that lists every file the import wrote and its SHA-256 when written.</summary>
    public const string ManifestName = ".imported";

    public const string HandKeptHeading = "Editors' files kept: not the import's, never overwritten or deleted";
    public const string EditedKeptHeading = "Imported files an editor changed: kept as edited, no longer updated by the import";
    public const string SkippedHeading = "Import versions not written: an editor's file holds the path";

    /// <summary>
    /// Writes the catalog into the data folders without losing an editor's work. The import owns only the files it
    /// wrote itself and an editor has not changed since (listed with their hash in <see cref="ManifestName"/>): those
    /// it rewrites, or deletes when the datasets no longer give them. Every other file under the folders is an
    /// editor's (a hand-made maker, model, route or benchmark, or an imported file edited since), so it is kept as it
    /// is, and the import's own version for the same path is not written; the report lists each. Without a manifest
    /// (a data folder from before it existed) the files the import would write are its own, and the rest are kept.
    /// </summary>
    public static void Write(Building.Catalog catalog, string outDir, ImportReport? report = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        report ??= new ImportReport();
        var planned = Planned(catalog, outDir);
        var manifestPath = Path.Combine(outDir, ManifestName);
        var manifest = ReadManifest(manifestPath);
        var written = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Existing(outDir))
        {
            var rel = Relative(outDir, path);
            var current = Hash(File.ReadAllBytes(path));
            var importOwns = manifest is null ? planned.ContainsKey(rel) : manifest.TryGetValue(rel, out var wrote) && wrote == current;
            if (importOwns)
            {
                if (!planned.ContainsKey(rel))
                {
                    File.Delete(path);
                }

                continue;
            }

            // An editor's file: kept as it is, and the import's version for this path, if any, is not written.
            var edited = manifest?.ContainsKey(rel) == true;
            var clashes = planned.Remove(rel, out var content);
            if (clashes && Hash(Encoding.UTF8.GetBytes(content!)) == current)
            {
                // The datasets now say what the editor wrote: the file is the import's again.
                written[rel] = current;
                continue;
            }

            report.Full(edited ? EditedKeptHeading : clashes ? SkippedHeading : HandKeptHeading, $"`{rel}`");
        }

        foreach (var (rel, content) in planned)
        {
            Save(Path.Combine(outDir, rel), content);
            written[rel] = Hash(Encoding.UTF8.GetBytes(content));
        }

        foreach (var folder in Folders.Select(f => Path.Combine(outDir, f)).Where(Directory.Exists))
        {
            RemoveEmptyFolders(folder);
        }

        Save(manifestPath, string.Concat(written.Select(kv => $"{kv.Value}  {kv.Key}\n")));
    }

    /// <summary>Every file the catalog makes, by its path under the data folder (forward slashes).</summary>
    private static SortedDictionary<string, string> Planned(Building.Catalog catalog, string outDir)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string path, string content) => files[Relative(outDir, path)] = content;
        foreach (var p in catalog.Providers)
        {
            Add(Path.Combine(outDir, "providers", p.Slug + ".md"), FrontMatter(Provider(p), p.Body));
        }

        var aliases = Aliases(catalog.Models);
        foreach (var m in catalog.Models)
        {
            Add(Path.Combine(outDir, "models", m.Maker, m.Slug + ".md"), FrontMatter(Model(m, aliases[m.Slug]), ModelBody(m)));
        }

        var makers = catalog.Models.ToDictionary(m => m.Slug, m => m.Maker, StringComparer.Ordinal);
        foreach (var r in catalog.Routes)
        {
            Add(Path.Combine(outDir, "routes", r.Provider, r.Model + (r.Variant is { } v ? "--" + v.Slug : string.Empty) + ".yaml"), Route(r, SellerTable.IsMakerOwn(r.Provider, makers[r.Model])).ToYaml());
        }

        foreach (var b in catalog.Benchmarks)
        {
            Add(Path.Combine(outDir, "benchmarks", b.Slug + ".yaml"), Benchmark(b).ToYaml());
        }

        return files;
    }

    /// <summary>The regular files under the data folders the import writes into; links and special files are left alone.</summary>
    private static List<string> Existing(string outDir) =>
        Folders.Select(f => Path.Combine(outDir, f))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
            .Where(f => (File.GetAttributes(f) & FileAttributes.ReparsePoint) == 0)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, string>? ReadManifest(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split("  ", 2);
            if (parts.Length == 2 && parts[0].Length == 64)
            {
                entries[parts[1]] = parts[0];
            }
        }

        return entries;
    }

    private static void RemoveEmptyFolders(string folder)
    {
        foreach (var sub in Directory.EnumerateDirectories(folder))
        {
            RemoveEmptyFolders(sub);
            if (!Directory.EnumerateFileSystemEntries(sub).Any())
            {
                Directory.Delete(sub);
            }
        }
    }

    private static string Relative(string outDir, string path) => Path.GetRelativePath(outDir, path).Replace('\\', '/');

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

    public static void Save(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    private static string FrontMatter(YamlOutputMap front, string body)
    {
        var sb = new StringBuilder();
        sb.Append("---\n").Append(front.ToYaml()).Append("---\n");
        if (body.Length > 0)
        {
            sb.Append(body.TrimEnd()).Append('\n');
        }

        return sb.ToString();
    }

    private static YamlOutputMap Provider(CatalogProvider p) => new YamlOutputMap()
        .Add("name", p.Name)
        .Add("roles", new FlowList([.. p.Roles.OrderBy(r => r == "maker" ? 0 : 1)]))
        .Add("seller_kind", SellerTable.KindOf(p.Slug))
        .Add("website", p.Website)
        .Add("docs", p.Docs)
        .Add("api_base", p.ApiBase)
        .Add("sdk", p.Sdk)
        .Add("sources", Sources(p.Sources))
        .Add("last_reviewed", p.LastReviewed);

    /// <summary>
    /// Old slugs that should redirect: the slug form of each API id a model was merged from (such as
    /// gpt-4o-2024-08-06), unless it is another model's slug or two models claim it, and the slug of every
    /// duplicate merged into the model.
    /// </summary>
    private static Dictionary<string, string[]> Aliases(IReadOnlyCollection<CatalogModel> models)
    {
        var slugs = models.Select(m => m.Slug).ToHashSet(StringComparer.Ordinal);

        // The slug of a model merged into another always redirects to the model that absorbed it.
        var merged = models.SelectMany(m => m.MergedSlugs.Select(alias => (Alias: alias, m.Slug)))
            .Where(x => !slugs.Contains(x.Alias))
            .ToList();
        var mergedAliases = merged.Select(x => x.Alias).ToHashSet(StringComparer.Ordinal);
        var claims = models
            .SelectMany(m => m.ApiIds.Select(id => (Alias: ModelIdNormalizer.ToSlug(id.Split('/')[^1].Split(':')[0]), m.Slug)))
            .Where(x => x.Alias.Length > 0 && !slugs.Contains(x.Alias) && !mergedAliases.Contains(x.Alias) && !x.Alias.StartsWith('-'))
            .Distinct()
            .GroupBy(x => x.Alias, StringComparer.Ordinal)
            .Where(g => g.Count() == 1)
            .Select(g => g.Single())
            .Concat(merged)
            .Distinct()
            .ToLookup(x => x.Slug, x => x.Alias, StringComparer.Ordinal);
        return models.ToDictionary(m => m.Slug, m => claims[m.Slug].Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    private static YamlOutputMap Model(CatalogModel m, string[] aliases)
    {
        var caps = new YamlOutputMap();
        foreach (var key in CapabilityOrder)
        {
            if (m.Capabilities.TryGetValue(key, out var value))
            {
                caps.Add(key, value);
            }
        }

        return new YamlOutputMap()
            .Add("name", m.Name)
            .Add("maker", m.Maker)
            .Add("family", m.Family)
            .Add("release_date", m.ReleaseDate)
            .Add("status", m.Status)
            .Add("deprecation_date", m.DeprecationDate)
            .Add("retirement_date", m.RetirementDate)
            .Add("status_source", m.StatusSource is { } said
                ? new YamlOutputMap().Add("name", said.Name).Add("url", said.Url).Add("checked", said.Checked)
                : null)
            .Add("successor", m.Successor)
            .Add("aliases", aliases.Length > 0 ? new FlowList([.. aliases]) : null)
            .Add("context_window", m.ContextWindow)
            .Add("max_output", m.MaxOutput)
            .Add("parameters", m.TotalParametersBillions is not null || m.ActiveParametersBillions is not null
                ? new YamlOutputMap().Add("total_billions", m.TotalParametersBillions).Add("active_billions", m.ActiveParametersBillions)
                : null)
            .Add("architecture", m.Architecture)
            .Add("license", m.License)
            .Add("open_weights", m.OpenWeights)
            .Add("commercial_use", m.CommercialUse)
            .Add("commercial_use_note", m.CommercialUseNote)
            .Add("knowledge_cutoff", m.KnowledgeCutoff is { } k ? new RawScalar(k) : null)
            .Add("modalities", m.Input.Count + m.Output.Count > 0
                ? new YamlOutputMap().Add("input", new FlowList([.. m.Input])).Add("output", new FlowList([.. m.Output]))
                : null)
            .Add("capabilities", caps.Count > 0 ? caps : null)
            .Add("modes", m.Modes.Count > 0 ? new FlowList([.. m.Modes]) : null)
            .Add("api_ids", m.ApiIds.Count > 0 ? new FlowList([.. m.ApiIds]) : null)
            .Add("sources_differ", m.Disputes.Count > 0 ? SourcesDiffer(m.Disputes) : null)
            .Add("sources", Sources(m.Sources.Distinct()))
            .Add("last_reviewed", m.LastReviewed);
    }

    /// <summary>
    /// <c>sources_differ</c>: for each disputed fact, every value its sources give, the catalog's first, with how many
    /// routes give it, which other sources do, and whether the maker does.
    /// </summary>
    private static YamlOutputMap SourcesDiffer(IEnumerable<Dispute> disputes)
    {
        var map = new YamlOutputMap();
        foreach (var d in disputes.OrderBy(d => Array.IndexOf(DisputeOrder, d.Field)))
        {
            map.Add(d.Field, d.Values.Select(v => new YamlOutputMap { Flow = true }
                .Add("value", d.Field == "release_date" ? Dates.Parse(v.Value) : d.Field == "open_weights" ? v.Value == "true" : long.Parse(v.Value, CultureInfo.InvariantCulture))
                .Add("routes", v.Routes > 0 ? v.Routes : null)
                .Add("sources", v.Sources.Count > 0 ? new FlowList([.. v.Sources]) : null)
                .Add("maker", v.Maker ? true : null)).ToList());
        }

        return map;
    }

    private static readonly string[] DisputeOrder = ["context_window", "max_output", "release_date", "open_weights"];

    /// <summary>
    /// The model file's prose: the source's own description only. Sentences that restate figures (release
    /// date, context window, providers) are built by the profile page from the front matter, so an edit to a
    /// figure cannot leave the prose behind.
    /// </summary>
    private static string ModelBody(CatalogModel m) => CompleteSentences(m.Description) ?? string.Empty;

    /// <summary>
    /// OpenRouter cuts most descriptions off mid-sentence with "..."; keep only the sentences that are
    /// whole, or nothing when none is.
    /// </summary>
    internal static string? CompleteSentences(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith("...", StringComparison.Ordinal) && !trimmed.EndsWith('\u2026'))
        {
            return trimmed;
        }

        var end = trimmed.LastIndexOfAny(['.', '!', '?'], trimmed.Length - (trimmed.EndsWith('\u2026') ? 2 : 4));
        while (end > 0 && !(end + 1 < trimmed.Length && char.IsWhiteSpace(trimmed[end + 1])))
        {
            end = trimmed.LastIndexOfAny(['.', '!', '?'], end - 1);
        }

        return end > 0 ? trimmed[..(end + 1)] : null;
    }

    internal static YamlOutputMap Route(CatalogRoute r, bool makerOwn) => new YamlOutputMap()
        .Add("maker_own", makerOwn ? true : null)
        .Add("variant", r.Variant is { } v ? new YamlOutputMap().Add("kind", v.Kind).Add("detail", v.Detail) : null)
        .Add("api_id", r.ApiId)
        .Add("status", r.Status ?? "active")
        .Add("free_tier", r.FreeTier ? true : null)
        .Add("price", r.Price is { } p ? PriceMap(new YamlOutputMap(), p) : null)
        .Add("batch", r.Batch is { } batch ? PriceMap(new YamlOutputMap(), batch) : null)
        .Add("flex", r.Flex is { } flex ? PriceMap(new YamlOutputMap(), flex) : null)
        .Add("priority", r.Priority is { } priority ? PriceMap(new YamlOutputMap(), priority) : null)
        .Add("tiers", r.Tiers.Count > 0 ? r.Tiers.Select(t => PriceMap(new YamlOutputMap().Add("above_tokens", t.AboveTokens), t.Price)).ToList() : null)
        .Add("fees", r.PerThousandRequests is not null || r.PerThousandWebSearches is not null
            ? new YamlOutputMap().Add("per_1k_requests", r.PerThousandRequests).Add("per_1k_web_searches", r.PerThousandWebSearches)
            : null)
        .Add("price_sources", r.PriceSources.Count > 0
            ? r.PriceSources.Aggregate(new YamlOutputMap(), (map, s) => map.Add(s.Key, new YamlOutputMap().Add("url", s.Value.Url).Add("checked", s.Value.Checked).Add("note", r.PriceSourceNotes.GetValueOrDefault(s.Key))))
            : null)
        .Add("context_window", r.ContextWindow)
        .Add("max_output", r.MaxOutput)
        .Add("source_url", r.SourceUrl)
        .Add("checked", r.Checked)
        .Add("history", r.History.Count > 0
            ? r.History.Select(h => PriceMap(new YamlOutputMap().Add("date", h.Date).Add("event", h.Event), h.Price)
                .Add("tiers", h.Tiers is not { } tiers ? null
                    : tiers.Count == 0 ? new FlowList([])
                    : tiers.Select(t => PriceMap(new YamlOutputMap().Add("above_tokens", t.AboveTokens), t.Price)).ToList())).ToList()
            : null);

    private static YamlOutputMap PriceMap(YamlOutputMap map, Price p) => map
        .Add("input", p.Input).Add("output", p.Output).Add("cache_read", p.CacheRead).Add("cache_write", p.CacheWrite)
        .Add("cache_write_1h", p.CacheWrite1h).Add("reasoning", p.Reasoning);

    private static YamlOutputMap Benchmark(CatalogBenchmark b) => new YamlOutputMap()
        .Add("name", b.Name)
        .Add("category", b.Category)
        .Add("unit", b.Unit)
        .Add("scale", new YamlOutputMap { Flow = true }.Add("min", b.ScaleMin).Add("max", b.ScaleMax))
        .Add("higher_is_better", b.HigherIsBetter)
        .Add("description", b.Description)
        .Add("source", new YamlOutputMap().Add("name", b.Source.Name).Add("url", b.Source.Url))
        .Add("expected_low", b.ExpectedLow ? true : null)
        .Add("scores", b.Scores.Select(s => new YamlOutputMap()
            .Add("model", s.Model)
            .Add("value", s.Value)
            .Add("setting", s.Setting)
            .Add("notes", s.Notes)
            .Add("source", s.Source)
            .Add("source_url", s.SourceUrl)
            .Add("date", s.Date)
            .Add("self_reported", s.SelfReported)
            .Add("cost_to_run", s.Cost is { } cost ? new YamlOutputMap { Flow = true }.Add("usd", cost.Usd).Add("per", cost.Per switch
            {
                RunCostUnit.Task => "task",
                RunCostUnit.Run => "run",
                _ => "suite",
            }) : null)
            .Add("reported_by", s.ReportedBy)).ToList());

    private static List<YamlOutputMap>? Sources(IEnumerable<SourceLink> sources)
    {
        var list = sources.Select(s => new YamlOutputMap().Add("name", s.Name).Add("url", s.Url)).ToList();
        return list.Count > 0 ? list : null;
    }
}
