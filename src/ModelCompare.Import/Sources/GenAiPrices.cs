using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Import.Sources;

/// <summary>One genai-prices model entry; <see cref="Price"/> is null when the entry has a dated price list.</summary>
internal sealed record GenAiPriceEntry(string ProviderId, string ModelId, Price? Price, DateOnly? PricesChecked)
{
    /// <summary>Prices once the prompt is larger than a threshold, from the entry's tiered values, smallest first.</summary>
    public IReadOnlyList<SourcePriceTier> Tiers { get; init; } = [];

    /// <summary>USD per 1,000 requests (<c>requests_kcount</c>).</summary>
    public decimal? PerThousandRequests { get; init; }

    /// <summary>USD per 1,000 web searches (<c>web_searches_kcount</c>).</summary>
    public decimal? PerThousandWebSearches { get; init; }

    /// <summary>
    /// A dated price list, oldest first: the first price has no start date (it held before the next one), each later
    /// one the date it took effect. Empty for a single price, and for a list conditioned on anything but a start date
    /// (a time of day).
    /// </summary>
    public IReadOnlyList<(DateOnly? Start, Price Price)> Dated { get; init; } = [];

    /// <summary>The context tiers of each price in <see cref="Dated"/>, in the same order (an empty list: none).</summary>
    public IReadOnlyList<IReadOnlyList<SourcePriceTier>> DatedTiers { get; init; } = [];

    /// <summary>The provider's YAML file in the dataset's repository, where the price is written.</summary>
    public string SourceUrl => $"{GenAiPricesReader.Repository}/blob/{GenAiPricesReader.Commit}/prices/providers/{ProviderId}.yml";
}

/// <summary>Reads <c>genai-prices/prices/new_data/v2/data.json</c> and the <c>prices_checked</c> dates of the provider YAML.</summary>
internal static class GenAiPricesReader
{
    public const string Commit = "47df840a5ab10bbcffb8e5ac01b9899032245d1b";
    public const string Repository = "https://github.com/pydantic/genai-prices";
    public static readonly DateOnly Snapshot = new(2026, 8, 21);

    public static IReadOnlyList<GenAiPriceEntry> Read(string datasetsRoot)
    {
        var dir = Path.Combine(datasetsRoot, "genai-prices", "prices");
        var checkedDates = ReadCheckedDates(Path.Combine(dir, "providers"));
        using var doc = Json.Load(Path.Combine(dir, "new_data", "v2", "data.json"));
        var entries = new List<GenAiPriceEntry>();
        foreach (var provider in doc.RootElement.EnumerateArray())
        {
            var providerId = provider.Str("id")!;
            foreach (var model in provider.GetProperty("models").EnumerateArray())
            {
                var id = model.Str("id")!;
                var prices = model.Prop("prices");
                var price = prices is { ValueKind: JsonValueKind.Object } p
                    ? new Price(Base(p, "input_mtok"), Base(p, "output_mtok"), Base(p, "cache_read_mtok"), Base(p, "cache_write_mtok"), Base(p, "cache_write_1h_mtok"), Base(p, "output_reasoning_mtok"))
                    : null;
                checkedDates.TryGetValue((providerId, id), out var checkedDate);
                entries.Add(new GenAiPriceEntry(providerId, id, price, checkedDate)
                {
                    Tiers = prices is { ValueKind: JsonValueKind.Object } t ? Tiers(t) : [],
                    PerThousandRequests = prices is { ValueKind: JsonValueKind.Object } r ? Base(r, "requests_kcount") : null,
                    PerThousandWebSearches = prices is { ValueKind: JsonValueKind.Object } w ? Base(w, "web_searches_kcount") : null,
                    Dated = prices is { ValueKind: JsonValueKind.Array } list ? Dated(list) : [],
                    DatedTiers = prices is { ValueKind: JsonValueKind.Array } tiered && Dated(tiered).Count > 0
                        ? [.. tiered.EnumerateArray().Select(item => (IReadOnlyList<SourcePriceTier>)Tiers(item.GetProperty("prices")))]
                        : [],
                });
            }
        }

        return [.. entries.OrderBy(e => e.ProviderId, StringComparer.Ordinal).ThenBy(e => e.ModelId, StringComparer.Ordinal)];
    }

    /// <summary>A price or the base of a tiered price (<c>{base, tiers}</c>).</summary>
    private static decimal? Base(JsonElement prices, string key) => prices.Prop(key) is { } v
        ? ModelsDevReader.Round(v.ValueKind == JsonValueKind.Object ? v.Dec("base") : Json.ToDecimal(v))
        : null;

    private static List<(DateOnly?, Price)> Dated(JsonElement list)
    {
        var result = new List<(DateOnly?, Price)>();
        foreach (var item in list.EnumerateArray())
        {
            var constraint = item.Prop("constraint");
            DateOnly? start = null;
            if (constraint is { ValueKind: JsonValueKind.Object } c)
            {
                if (c.EnumerateObject().Any(p => p.Name != "start_date") || Dates.Parse(c.Str("start_date")) is not { } date)
                {
                    return [];
                }

                start = date;
            }

            if (item.Prop("prices") is not { ValueKind: JsonValueKind.Object } p)
            {
                return [];
            }

            result.Add((start, new Price(Base(p, "input_mtok"), Base(p, "output_mtok"), Base(p, "cache_read_mtok"), Base(p, "cache_write_mtok"))));
        }

        return result.Count > 1 && result[0].Item1 is null && result.Skip(1).All(r => r.Item1 is not null) ? result : [];
    }

    /// <summary>
    /// The tiers of a price whose values are tiered (<c>{base, tiers: [{start, price}]}</c>): one tier per start, each
    /// key at its tier's price, else at the price of the tier below it, else at its base.
    /// </summary>
    private static List<SourcePriceTier> Tiers(JsonElement prices)
    {
        string[] keys = ["input_mtok", "output_mtok", "cache_read_mtok", "cache_write_mtok", "cache_write_1h_mtok"];
        var starts = keys
            .Select(k => prices.Prop(k))
            .Where(v => v is { ValueKind: JsonValueKind.Object })
            .SelectMany(v => v!.Value.Prop("tiers") is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray().Select(t => t.Long("start")) : [])
            .OfType<long>()
            .Distinct()
            .Order()
            .ToList();
        decimal? At(string key, long start)
        {
            if (prices.Prop(key) is not { } value)
            {
                return null;
            }

            if (value.ValueKind != JsonValueKind.Object)
            {
                return ModelsDevReader.Round(Json.ToDecimal(value));
            }

            var tier = value.Prop("tiers") is { ValueKind: JsonValueKind.Array } a
                ? a.EnumerateArray().Where(t => t.Long("start") <= start).OrderBy(t => t.Long("start")).LastOrDefault()
                : default;
            return ModelsDevReader.Round(tier.ValueKind == JsonValueKind.Object ? tier.Dec("price") : value.Dec("base"));
        }

        return [.. starts.Select(s => new SourcePriceTier(s, new Price(At(keys[0], s), At(keys[1], s), At(keys[2], s), At(keys[3], s), At(keys[4], s))))];
    }

    private static Dictionary<(string, string), DateOnly?> ReadCheckedDates(string providersDir)
    {
        var result = new Dictionary<(string, string), DateOnly?>();
        foreach (var file in Directory.GetFiles(providersDir, "*.yml").Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(file);
            var yaml = new YamlStream();
            yaml.Load(reader);
            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                continue;
            }

            var providerId = Scalar(root, "id");
            if (providerId is null || !root.Children.TryGetValue(new YamlScalarNode("models"), out var modelsNode) || modelsNode is not YamlSequenceNode models)
            {
                continue;
            }

            foreach (var model in models.OfType<YamlMappingNode>())
            {
                if (Scalar(model, "id") is { } id)
                {
                    result[(providerId, id)] = Dates.Parse(Scalar(model, "prices_checked"));
                }
            }
        }

        return result;
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode s ? s.Value : null;
}
