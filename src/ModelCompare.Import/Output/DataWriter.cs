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
    private static readonly string[] CapabilityOrder =
    [
        "vision", "multimodal", "reasoning", "function_calling", "tool_use", "structured_outputs", "code_execution",
        "prompt_caching", "web_search", "pdf_input", "audio_input", "audio_output", "image_output", "batch",
    ];

    private static readonly string[] Folders = ["providers", "models", "routes", "benchmarks"];

    public static void Write(Building.Catalog catalog, string outDir)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        foreach (var folder in Folders)
        {
            var path = Path.Combine(outDir, folder);
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }

        foreach (var p in catalog.Providers)
        {
            Save(Path.Combine(outDir, "providers", p.Slug + ".md"), FrontMatter(Provider(p), p.Body));
        }

        var aliases = Aliases(catalog.Models);
        foreach (var m in catalog.Models)
        {
            var body = ModelBody(m);
            Save(Path.Combine(outDir, "models", m.Maker, m.Slug + ".md"), FrontMatter(Model(m, aliases[m.Slug]), body));
        }

        var makers = catalog.Models.ToDictionary(m => m.Slug, m => m.Maker, StringComparer.Ordinal);
        foreach (var r in catalog.Routes)
        {
            Save(Path.Combine(outDir, "routes", r.Provider, r.Model + (r.Variant is { } v ? "--" + v.Slug : string.Empty) + ".yaml"), Route(r, SellerTable.IsMakerOwn(r.Provider, makers[r.Model])).ToYaml());
        }

        foreach (var b in catalog.Benchmarks)
        {
            Save(Path.Combine(outDir, "benchmarks", b.Slug + ".yaml"), Benchmark(b).ToYaml());
        }
    }

    public static void Save(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
    }

    private static string FrontMatter(YamlMap front, string body)
    {
        var sb = new StringBuilder();
        sb.Append("---\n").Append(front.ToYaml()).Append("---\n");
        if (body.Length > 0)
        {
            sb.Append(body.TrimEnd()).Append('\n');
        }

        return sb.ToString();
    }

    private static YamlMap Provider(CatalogProvider p) => new YamlMap()
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

    private static YamlMap Model(CatalogModel m, string[] aliases)
    {
        var caps = new YamlMap();
        foreach (var key in CapabilityOrder)
        {
            if (m.Capabilities.TryGetValue(key, out var value))
            {
                caps.Add(key, value);
            }
        }

        return new YamlMap()
            .Add("name", m.Name)
            .Add("maker", m.Maker)
            .Add("family", m.Family)
            .Add("release_date", m.ReleaseDate)
            .Add("status", m.Status)
            .Add("deprecation_date", m.DeprecationDate)
            .Add("retirement_date", m.RetirementDate)
            .Add("status_source", m.StatusSource is { } said
                ? new YamlMap().Add("name", said.Name).Add("url", said.Url).Add("checked", said.Checked)
                : null)
            .Add("successor", m.Successor)
            .Add("aliases", aliases.Length > 0 ? new FlowList([.. aliases]) : null)
            .Add("context_window", m.ContextWindow)
            .Add("max_output", m.MaxOutput)
            .Add("parameters", m.TotalParametersBillions is not null || m.ActiveParametersBillions is not null
                ? new YamlMap().Add("total_billions", m.TotalParametersBillions).Add("active_billions", m.ActiveParametersBillions)
                : null)
            .Add("architecture", m.Architecture)
            .Add("license", m.License)
            .Add("open_weights", m.OpenWeights)
            .Add("commercial_use", m.CommercialUse)
            .Add("commercial_use_note", m.CommercialUseNote)
            .Add("knowledge_cutoff", m.KnowledgeCutoff is { } k ? new RawScalar(k) : null)
            .Add("modalities", m.Input.Count + m.Output.Count > 0
                ? new YamlMap().Add("input", new FlowList([.. m.Input])).Add("output", new FlowList([.. m.Output]))
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
    private static YamlMap SourcesDiffer(IEnumerable<Dispute> disputes)
    {
        var map = new YamlMap();
        foreach (var d in disputes.OrderBy(d => Array.IndexOf(DisputeOrder, d.Field)))
        {
            map.Add(d.Field, d.Values.Select(v => new YamlMap { Flow = true }
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

    private static YamlMap Route(CatalogRoute r, bool makerOwn) => new YamlMap()
        .Add("maker_own", makerOwn ? true : null)
        .Add("variant", r.Variant is { } v ? new YamlMap().Add("kind", v.Kind).Add("detail", v.Detail) : null)
        .Add("api_id", r.ApiId)
        .Add("status", r.Status ?? "active")
        .Add("free_tier", r.FreeTier ? true : null)
        .Add("price", r.Price is { } p ? PriceMap(new YamlMap(), p) : null)
        .Add("batch", r.Batch is { } batch ? PriceMap(new YamlMap(), batch) : null)
        .Add("flex", r.Flex is { } flex ? PriceMap(new YamlMap(), flex) : null)
        .Add("priority", r.Priority is { } priority ? PriceMap(new YamlMap(), priority) : null)
        .Add("tiers", r.Tiers.Count > 0 ? r.Tiers.Select(t => PriceMap(new YamlMap().Add("above_tokens", t.AboveTokens), t.Price)).ToList() : null)
        .Add("fees", r.PerThousandRequests is not null || r.PerThousandWebSearches is not null
            ? new YamlMap().Add("per_1k_requests", r.PerThousandRequests).Add("per_1k_web_searches", r.PerThousandWebSearches)
            : null)
        .Add("price_sources", r.PriceSources.Count > 0
            ? r.PriceSources.Aggregate(new YamlMap(), (map, s) => map.Add(s.Key, new YamlMap().Add("url", s.Value.Url).Add("checked", s.Value.Checked)))
            : null)
        .Add("context_window", r.ContextWindow)
        .Add("max_output", r.MaxOutput)
        .Add("source_url", r.SourceUrl)
        .Add("checked", r.Checked)
        .Add("history", r.History.Count > 0
            ? r.History.Select(h => PriceMap(new YamlMap().Add("date", h.Date).Add("event", h.Event), h.Price)).ToList()
            : null);

    private static YamlMap PriceMap(YamlMap map, Price p) => map
        .Add("input", p.Input).Add("output", p.Output).Add("cache_read", p.CacheRead).Add("cache_write", p.CacheWrite)
        .Add("cache_write_1h", p.CacheWrite1h).Add("reasoning", p.Reasoning);

    private static YamlMap Benchmark(CatalogBenchmark b) => new YamlMap()
        .Add("name", b.Name)
        .Add("category", b.Category)
        .Add("unit", b.Unit)
        .Add("scale", new YamlMap { Flow = true }.Add("min", b.ScaleMin).Add("max", b.ScaleMax))
        .Add("higher_is_better", b.HigherIsBetter)
        .Add("description", b.Description)
        .Add("source", new YamlMap().Add("name", b.Source.Name).Add("url", b.Source.Url))
        .Add("expected_low", b.ExpectedLow ? true : null)
        .Add("scores", b.Scores.Select(s => new YamlMap()
            .Add("model", s.Model)
            .Add("value", s.Value)
            .Add("setting", s.Setting)
            .Add("notes", s.Notes)
            .Add("source", s.Source)
            .Add("source_url", s.SourceUrl)
            .Add("date", s.Date)
            .Add("self_reported", s.SelfReported)
            .Add("cost_to_run", s.Cost is { } cost ? new YamlMap { Flow = true }.Add("usd", cost.Usd).Add("per", cost.Per switch
            {
                RunCostUnit.Task => "task",
                RunCostUnit.Run => "run",
                _ => "suite",
            }) : null)
            .Add("reported_by", s.ReportedBy)).ToList());

    private static List<YamlMap>? Sources(IEnumerable<SourceLink> sources)
    {
        var list = sources.Select(s => new YamlMap().Add("name", s.Name).Add("url", s.Url)).ToList();
        return list.Count > 0 ? list : null;
    }
}
