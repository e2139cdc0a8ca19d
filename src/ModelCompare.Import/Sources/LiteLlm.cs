namespace ModelCompare.Import.Sources;

/// <summary>A LiteLLM model-map entry for a text model (chat, completion or responses mode).</summary>
internal sealed record LiteLlmEntry
{
    public required string Key { get; init; }
    public required string Provider { get; init; }
    public DateOnly? DeprecationDate { get; init; }
    public IReadOnlyDictionary<string, bool> Supports { get; init; } = new Dictionary<string, bool>();
}

/// <summary>Reads <c>litellm/model_prices_and_context_window.json</c>.</summary>
internal static class LiteLlmReader
{
    public const string Commit = "caddc6dd0fc26931b3fcc4e91e81a3d90080f3ef";
    public const string Url = "https://github.com/BerriAI/litellm/blob/" + Commit + "/model_prices_and_context_window.json";
    public static readonly DateOnly Snapshot = new(2025, 11, 21);

    private static readonly string[] TextModes = ["chat", "completion", "responses"];

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
                Supports = supports,
            });
        }

        return [.. entries.OrderBy(e => e.Key, StringComparer.Ordinal)];
    }
}
