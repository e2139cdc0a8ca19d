using System.Globalization;
using System.Text.Json;

namespace ModelCompare.Import.Sources;

/// <summary>
/// Prices in USD per 1M tokens; any key may be unknown. <see cref="CacheWrite"/> writes a 5-minute cache,
/// <see cref="CacheWrite1h"/> a 1-hour one; <see cref="Reasoning"/> is the output price in thinking mode.
/// </summary>
internal sealed record Price(decimal? Input, decimal? Output, decimal? CacheRead, decimal? CacheWrite, decimal? CacheWrite1h = null, decimal? Reasoning = null)
{
    public bool IsZero => Input == 0 && Output == 0;

    public bool HasInputAndOutput => Input is not null && Output is not null;
}

internal sealed record SourcePriceTier(long AboveTokens, Price Price);

internal sealed record ModelsDevProvider(string Id, string Name, string? Npm, string? Doc, string? Api);

internal sealed record ModelsDevBenchmark(
    string Name, decimal Score, string? Metric, string Source, string? Date, string? Variant, string? Harness, string? Dataset, string? Version);

/// <summary>One models.dev record: a canonical lab model, or a provider's model entry (a route).</summary>
internal sealed record ModelsDevModel
{
    public required string Id { get; init; }
    public string? ProviderId { get; init; }
    public required string Name { get; init; }
    public string? Family { get; init; }
    public DateOnly? ReleaseDate { get; init; }
    /// <summary>The date the record was last changed; for an undated pointer it names the snapshot it points to.</summary>
    public DateOnly? LastUpdated { get; init; }
    public string? Knowledge { get; init; }
    public bool? OpenWeights { get; init; }
    public bool? Reasoning { get; init; }
    public bool? ToolCall { get; init; }
    public bool? StructuredOutput { get; init; }
    public string? Status { get; init; }
    public string? License { get; init; }
    public string? BaseModel { get; init; }
    /// <summary>The provider file this entry links to (another provider's record), when it is a link.</summary>
    public string? SymlinkTo { get; init; }
    /// <summary>True when the entry documents a switch that turns thinking on and off.</summary>
    public bool ThinkingToggle { get; init; }
    /// <summary>The reasoning-effort levels the entry documents (low, medium, high ...).</summary>
    public IReadOnlyList<string> EffortLevels { get; init; } = [];
    /// <summary>The kinds of reasoning option the entry documents (toggle, effort, budget_tokens); null when it documents none.</summary>
    public IReadOnlyList<string>? ReasoningOptionKinds { get; init; }
    /// <summary>Hugging Face repositories of the weights (owner/name), from the canonical record.</summary>
    public IReadOnlyList<string> Weights { get; init; } = [];
    public IReadOnlyList<string> Input { get; init; } = [];
    public IReadOnlyList<string> Output { get; init; } = [];
    public long? Context { get; init; }
    public long? MaxOutput { get; init; }
    public Price? Cost { get; init; }
    public IReadOnlyList<SourcePriceTier> Tiers { get; init; } = [];
    public IReadOnlyList<ModelsDevBenchmark> Benchmarks { get; init; } = [];
}

internal sealed record PriceHistoryRow(string ProviderId, string ModelId, DateOnly Date, string CommitTime, string Event, Price Price);

/// <summary>
/// One model of OpenRouter's list: its id, the dated snapshot it stands for (<c>canonical_slug</c>), the
/// Hugging Face repository of its weights, and its context length.
/// </summary>
internal sealed record OpenRouterModel(string Id, string Name, string? Description)
{
    public string? CanonicalSlug { get; init; }
    public string? HuggingFaceId { get; init; }
    public long? ContextLength { get; init; }

    /// <summary>The day OpenRouter stops serving the model (<c>expiration_date</c>), when it lists one.</summary>
    public DateOnly? ExpirationDate { get; init; }
}

internal sealed class ModelsDevData
{
    public const string Commit = "f3fc692299671838c7c65fd8126bf84d81a2e817";
    public const string Repository = "https://github.com/anomalyco/models.dev";
    public static readonly DateOnly Snapshot = new(2026, 7, 1);

    public required IReadOnlyDictionary<string, ModelsDevProvider> Providers { get; init; }
    public required IReadOnlyList<ModelsDevModel> Canonical { get; init; }
    public required IReadOnlyList<ModelsDevModel> Routes { get; init; }
    public required IReadOnlyList<PriceHistoryRow> History { get; init; }
    public required IReadOnlyList<OpenRouterModel> OpenRouter { get; init; }

    public static string ProviderUrl(string providerId) =>
        $"{Repository}/blob/{Commit}/providers/{providerId}/provider.toml";

    public static string RouteUrl(string providerId, string modelId) =>
        $"{Repository}/blob/{Commit}/providers/{providerId}/models/{modelId}.toml";

    public static string CanonicalUrl(string labAndId) => $"{Repository}/blob/{Commit}/models/{labAndId}.toml";

    public static string LabUrl(string lab) => $"{Repository}/tree/{Commit}/models/{lab}";

    public static string OpenRouterUrl => $"{Repository}/blob/{Commit}/models.json";
}

/// <summary>Reads <c>models-dev/derived/catalog.json</c>, <c>price-history.csv</c> and <c>models.json</c>.</summary>
internal static class ModelsDevReader
{
    public static ModelsDevData Read(string datasetsRoot)
    {
        var dir = Path.Combine(datasetsRoot, "models-dev");
        using var doc = Json.Load(Path.Combine(dir, "derived", "catalog.json"));
        var root = doc.RootElement;

        var providers = new SortedDictionary<string, ModelsDevProvider>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("providers").EnumerateObject())
        {
            var v = p.Value;
            providers[p.Name] = new ModelsDevProvider(p.Name, v.Str("name") ?? p.Name, v.Str("npm"), v.Str("doc"), v.Str("api"));
        }

        var canonical = root.GetProperty("models").EnumerateObject()
            .Select(m => ReadModel(m.Value, m.Value.Str("id") ?? m.Name, null))
            .OrderBy(m => m.Id, StringComparer.Ordinal)
            .ToList();
        var routes = root.GetProperty("routes").EnumerateArray()
            .Select(r => ReadModel(r, r.Str("model_id")!, r.Str("provider_id")))
            .OrderBy(r => r.ProviderId, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        return new ModelsDevData
        {
            Providers = providers,
            Canonical = canonical,
            Routes = routes,
            History = ReadHistory(Path.Combine(dir, "derived", "price-history.csv")),
            OpenRouter = ReadOpenRouter(Path.Combine(dir, "models.json")),
        };
    }

    private static ModelsDevModel ReadModel(JsonElement e, string id, string? providerId)
    {
        var modalities = e.Prop("modalities");
        var limit = e.Prop("limit");
        var cost = e.Prop("cost");
        return new ModelsDevModel
        {
            Id = id,
            ProviderId = providerId,
            Name = e.Str("name") ?? id,
            Family = e.Str("family"),
            ReleaseDate = Dates.Parse(e.Str("release_date")),
            LastUpdated = Dates.Parse(e.Str("last_updated")),
            Knowledge = e.Str("knowledge"),
            OpenWeights = e.Bool("open_weights"),
            Reasoning = e.Bool("reasoning"),
            ToolCall = e.Bool("tool_call"),
            StructuredOutput = e.Bool("structured_output"),
            Status = e.Str("status"),
            License = e.Str("license"),
            BaseModel = e.Str("base_model"),
            SymlinkTo = e.Str("symlink_to"),
            ThinkingToggle = ReasoningOptions(e).Any(o => o.Str("type") == "toggle"),
            EffortLevels = [.. ReasoningOptions(e).Where(o => o.Str("type") == "effort").SelectMany(o => o.StrList("values")).Distinct(StringComparer.Ordinal)],
            ReasoningOptionKinds = e.Prop("reasoning_options") is { ValueKind: JsonValueKind.Array }
                ? [.. ReasoningOptions(e).Select(o => o.Str("type") ?? string.Empty).Distinct(StringComparer.Ordinal)]
                : null,
            Weights = e.Prop("weights") is { ValueKind: JsonValueKind.Array } w
                ? [.. w.EnumerateArray().Select(x => HuggingFaceRepo(x.Str("url"))).OfType<string>()]
                : [],
            Input = modalities?.StrList("input") ?? [],
            Output = modalities?.StrList("output") ?? [],
            Context = limit?.Long("context"),
            MaxOutput = limit?.Long("output"),
            Cost = cost is { } c ? ReadPrice(c) : null,
            Tiers = cost?.Prop("tiers") is { ValueKind: JsonValueKind.Array } tiers
                ? [.. tiers.EnumerateArray()
                    .Where(t => t.Prop("tier")?.Long("size") is not null)
                    .Select(t => new SourcePriceTier(t.Prop("tier")!.Value.Long("size")!.Value, ReadPrice(t)))]
                : [],
            Benchmarks = e.Prop("benchmarks") is { ValueKind: JsonValueKind.Array } b
                ? [.. b.EnumerateArray()
                    .Where(x => x.Dec("score") is not null && x.Str("source") is not null)
                    .Select(x => new ModelsDevBenchmark(
                        x.Str("name")!, x.Dec("score")!.Value, x.Str("metric"), x.Str("source")!, x.Str("date"),
                        x.Str("variant"), x.Str("harness"), x.Str("dataset"), x.Str("version")))]
                : [],
        };
    }

    private static IEnumerable<JsonElement> ReasoningOptions(JsonElement e) =>
        e.Prop("reasoning_options") is { ValueKind: JsonValueKind.Array } options
            ? options.EnumerateArray().Where(o => o.ValueKind == JsonValueKind.Object)
            : [];

    /// <summary>"https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E-Instruct" -> "meta-llama/Llama-4-Scout-17B-16E-Instruct".</summary>
    internal static string? HuggingFaceRepo(string? url)
    {
        const string prefix = "https://huggingface.co/";
        if (url is null || !url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var parts = url[prefix.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 ? $"{parts[0]}/{parts[1]}" : null;
    }

    /// <summary>Reads a cost table; the odd keys some files use are read as their usual names.</summary>
    internal static Price ReadPrice(JsonElement cost) => new(
        Round(cost.Dec("input")),
        Round(cost.Dec("output")),
        Round(cost.Dec("cache_read") ?? cost.Dec("cache_input") ?? cost.Dec("cached_input")),
        Round(cost.Dec("cache_write") ?? cost.Dec("cached_write")),
        Reasoning: Round(cost.Dec("reasoning")));

    /// <summary>
    /// Rounds away binary floating-point noise of the flattened catalog (0.049999999999999996 is the
    /// TOML's 0.05); no listed price has more than six decimals per 1M tokens.
    /// </summary>
    internal static decimal? Round(decimal? price) => price is { } p ? Math.Round(p, 6, MidpointRounding.AwayFromZero) : null;

    private static List<PriceHistoryRow> ReadHistory(string path)
    {
        var rows = new List<PriceHistoryRow>();
        var lines = File.ReadAllLines(path);
        var header = Csv.SplitLine(lines[0]);
        int Col(string name) => Array.IndexOf(header, name);
        int provider = Col("provider_id"), model = Col("model_id"), date = Col("date"), time = Col("commit_time"), ev = Col("event");
        int input = Col("input"), output = Col("output"), cacheRead = Col("cache_read"), cacheWrite = Col("cache_write");
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var f = Csv.SplitLine(line);
            if (Dates.Parse(f[date]) is not { } d)
            {
                continue;
            }

            rows.Add(new PriceHistoryRow(f[provider], f[model], d, f[time], f[ev],
                new Price(Num(f[input]), Num(f[output]), Num(f[cacheRead]), Num(f[cacheWrite]))));
        }

        return rows;
    }

    private static decimal? Num(string s) =>
        decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? Round(d) : null;

    private static List<OpenRouterModel> ReadOpenRouter(string path)
    {
        using var doc = Json.Load(path);
        return [.. doc.RootElement.GetProperty("data").EnumerateArray()
            .Select(m => new OpenRouterModel(m.Str("id")!, m.Str("name") ?? m.Str("id")!, m.Str("description"))
            {
                CanonicalSlug = m.Str("canonical_slug"),
                HuggingFaceId = string.IsNullOrWhiteSpace(m.Str("hugging_face_id")) ? null : m.Str("hugging_face_id"),
                ContextLength = m.Long("context_length"),
                ExpirationDate = Dates.Parse(m.Str("expiration_date")),
            })
            .OrderBy(m => m.Id, StringComparer.Ordinal)];
    }
}
