namespace ModelCompare.Import.Sources;

/// <summary>A LiteLLM model-map entry for a text model (chat, completion or responses mode).</summary>
internal sealed record LiteLlmEntry
{
    public required string Key { get; init; }
    public required string Provider { get; init; }
    public DateOnly? DeprecationDate { get; init; }
    /// <summary>The largest output in tokens (<c>max_output_tokens</c>), when given.</summary>
    public long? MaxOutput { get; init; }
    public IReadOnlyDictionary<string, bool> Supports { get; init; } = new Dictionary<string, bool>();
    /// <summary>The standard prices (with the 1-hour cache write and the reasoning price where given).</summary>
    public Price? Price { get; init; }
    public Price? Batch { get; init; }
    public Price? Flex { get; init; }
    public Price? Priority { get; init; }
    /// <summary>Prices above 128K or 200K prompt tokens.</summary>
    public IReadOnlyList<SourcePriceTier> Tiers { get; init; } = [];
    /// <summary>USD per 1,000 requests (<c>input_cost_per_request</c> × 1,000).</summary>
    public decimal? PerThousandRequests { get; init; }
}

/// <summary>Reads <c>litellm/model_prices_and_context_window.json</c>.</summary>
internal static class LiteLlmReader
{
    public const string Commit = "caddc6dd0fc26931b3fcc4e91e81a3d90080f3ef";
    public const string Url = "https://github.com/BerriAI/litellm/blob/" + Commit + "/model_prices_and_context_window.json";
    public static readonly DateOnly Snapshot = new(2025, 11, 21);

    private static readonly string[] TextModes = ["chat", "completion", "responses"];

    /// <summary>The prompt sizes LiteLLM prices above (<c>_above_128k_tokens</c>, <c>_above_200k_tokens</c>).</summary>
    private static readonly long[] TierSizes = [128_000L, 200_000L];

    public static IReadOnlyList<LiteLlmEntry> Read(string datasetsRoot)
    {
        using var doc = Json.Load(Path.Combine(datasetsRoot, "litellm", "model_prices_and_context_window.json"));
        var entries = new List<LiteLlmEntry>();
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            var v = p.Value;
            if (p.Name == "sample_spec" || !TextModes.Contains(v.Str("mode")))
            {
                continue;
            }

            var supports = new SortedDictionary<string, bool>(StringComparer.Ordinal);
            foreach (var field in v.EnumerateObject())
            {
                if (field.Name.StartsWith("supports_", StringComparison.Ordinal) && v.Bool(field.Name) is { } b)
                {
                    supports[field.Name["supports_".Length..]] = b;
                }
            }

            entries.Add(new LiteLlmEntry
            {
                Key = p.Name,
                Provider = v.Str("litellm_provider") ?? string.Empty,
                DeprecationDate = Dates.Parse(v.Str("deprecation_date")),
                MaxOutput = v.Dec("max_output_tokens") is { } output and > 0 ? (long)output : null,
                Supports = supports,
                Price = Prices(v, string.Empty, withExtras: true),
                Batch = Prices(v, "_batches"),
                Flex = Prices(v, "_flex"),
                Priority = Prices(v, "_priority"),
                Tiers = [.. TierSizes
                    .Select(t => (Above: t, Price: Prices(v, $"_above_{t / 1000}k_tokens")))
                    .Where(t => t.Price is not null)
                    .Select(t => new SourcePriceTier(t.Above, t.Price!))],
                PerThousandRequests = v.Dec("input_cost_per_request") is { } perRequest ? ModelsDevReader.Round(perRequest * 1000m) : null,
            });
        }

        return [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The per-token prices with a suffix (<c>_batches</c>, <c>_flex</c>, <c>_priority</c>, <c>_above_200k_tokens</c>), in USD
    /// per 1M tokens; null without both an input and an output price.
    /// </summary>
    private static Price? Prices(System.Text.Json.JsonElement v, string suffix, bool withExtras = false)
    {
        decimal? PerMillion(string key) => v.Dec(key) is { } d ? ModelsDevReader.Round(d * 1_000_000m) : null;
        var input = PerMillion("input_cost_per_token" + suffix);
        var output = PerMillion("output_cost_per_token" + suffix);
        if (input is null || output is null)
        {
            return null;
        }

        return new Price(
            input,
            output,
            PerMillion("cache_read_input_token_cost" + suffix),
            PerMillion("cache_creation_input_token_cost" + suffix),
            withExtras ? PerMillion("cache_creation_input_token_cost_above_1hr") : null,
            withExtras ? PerMillion("output_cost_per_reasoning_token") : null);
    }
}
