using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace ModelCompare.Import.Sources;

/// <summary>One genai-prices model entry; <see cref="Price"/> is null when the entry has a dated price list.</summary>
internal sealed record GenAiPriceEntry(string ProviderId, string ModelId, Price? Price, DateOnly? PricesChecked);

/// <summary>Reads <c>genai-prices/prices/new_data/v2/data.json</c> and the <c>prices_checked</c> dates of the provider YAML.</summary>
internal static class GenAiPricesReader
{
    public const string Commit = "47df840a5ab10bbcffb8e5ac01b9899032245d1b";
    public const string Repository = "https://github.com/pydantic/genai-prices";

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
                    ? new Price(Base(p, "input_mtok"), Base(p, "output_mtok"), Base(p, "cache_read_mtok"), Base(p, "cache_write_mtok"))
                    : null;
                checkedDates.TryGetValue((providerId, id), out var checkedDate);
                entries.Add(new GenAiPriceEntry(providerId, id, price, checkedDate));
            }
        }

        return [.. entries.OrderBy(e => e.ProviderId, StringComparer.Ordinal).ThenBy(e => e.ModelId, StringComparer.Ordinal)];
    }

    /// <summary>A price or the base of a tiered price (<c>{base, tiers}</c>).</summary>
    private static decimal? Base(JsonElement prices, string key) => prices.Prop(key) is { } v
        ? ModelsDevReader.Round(v.ValueKind == JsonValueKind.Object ? v.Dec("base") : Json.ToDecimal(v))
        : null;

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
