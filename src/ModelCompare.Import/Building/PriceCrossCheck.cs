using System.Globalization;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Compares route prices with genai-prices. Where both agree and genai-prices says when a person last
/// checked the price, no earlier than the route's last recorded change, that date becomes the route's
/// <c>checked</c> date.
/// </summary>
internal sealed class PriceCrossCheck(ImportReport report)
{
    /// <summary>genai-prices provider ids that name the same company as a models.dev provider id.</summary>
    private static readonly Dictionary<string, string> ProviderMap = new(StringComparer.Ordinal)
    {
        ["anthropic"] = "anthropic", ["aws"] = "amazon-bedrock", ["azure"] = "azure", ["cerebras"] = "cerebras",
        ["cohere"] = "cohere", ["deepseek"] = "deepseek", ["fireworks"] = "fireworks-ai", ["google"] = "google",
        ["groq"] = "groq", ["minimax"] = "minimax", ["mistral"] = "mistral", ["moonshotai"] = "moonshotai",
        ["novita"] = "novita-ai", ["openai"] = "openai", ["openrouter"] = "openrouter", ["ovhcloud"] = "ovhcloud",
        ["perplexity"] = "perplexity", ["together"] = "togetherai", ["x-ai"] = "xai", ["zai"] = "zai", ["zhipuai"] = "zhipuai",
    };

    /// <summary>The catalog provider a genai-prices provider id names, or null.</summary>
    public static string? ProviderSlug(string genAiProviderId) => ProviderMap.GetValueOrDefault(genAiProviderId);

    public void Apply(IReadOnlyList<GenAiPriceEntry> entries, IReadOnlyList<CatalogRoute> routes, ModelIndex index)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(index);
        var byPair = routes.Where(r => r.Variant is null).ToDictionary(r => (r.Provider, r.Model));
        var seen = new HashSet<(string, string)>();
        // A tagged id (openrouter's "gpt-4o:extended") is another offer; the untagged one is compared first.
        foreach (var entry in entries.OrderBy(e => e.ModelId.Contains(':', StringComparison.Ordinal) ? 1 : 0))
        {
            if (index.Find(entry.ModelId) is not { } model)
            {
                report.Unmatched("genai-prices models", $"{entry.ProviderId}/{entry.ModelId}");
                continue;
            }

            if (!ProviderMap.TryGetValue(entry.ProviderId, out var provider)
                || !byPair.TryGetValue((provider, model.Slug), out var route)
                || route.Price is not { } price
                || entry.Price is not { HasInputAndOutput: true } theirs
                || !seen.Add((provider, model.Slug)))
            {
                continue;
            }

            if (price.Input == theirs.Input && price.Output == theirs.Output)
            {
                report.PriceAgreements++;
                // A check older than the route's last recorded change did not see the price as it is now.
                if (entry.PricesChecked is { } date && (route.History.Count == 0 || date >= route.History[^1].Date))
                {
                    route.Checked = date;
                }
            }
            else
            {
                var inv = CultureInfo.InvariantCulture;
                report.PriceDisagreements.Add(string.Create(inv,
                    $"{provider}/{model.Slug} (genai-prices `{entry.ProviderId}/{entry.ModelId}`): {price.Input}/{price.Output} vs {theirs.Input}/{theirs.Output}"));
            }
        }
    }
}
