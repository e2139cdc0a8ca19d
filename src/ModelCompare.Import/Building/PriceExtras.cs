using System.Globalization;
using ModelCompare.Import.Matching;
using ModelCompare.Import.Sources;

namespace ModelCompare.Import.Building;

/// <summary>
/// Adds the prices models.dev leaves out to the routes it gave: the 1-hour cache write, the thinking-mode output price,
/// context tiers, batch, flex and priority prices, and fees per request and per web search. genai-prices is read first,
/// then LiteLLM, and only where the dataset's input and output prices agree with the route's (so a price of another
/// date is never mixed in). A field the route already has is kept. Last, the maker's own route of a model that a
/// maker's published discount covers (<c>data/service-tiers.yaml</c>) gets that tier's price when no dataset gave one.
/// Each price not read at the route's <c>source_url</c> records where it was read in <c>price_sources</c>.
/// </summary>
internal sealed class PriceExtras(ImportReport report)
{
    /// <summary>LiteLLM <c>litellm_provider</c> values that name a catalog provider; the key's last segment is the model id.</summary>
    private static readonly Dictionary<string, string> LiteLlmProviders = new(StringComparer.Ordinal)
    {
        ["anthropic"] = "anthropic", ["openai"] = "openai", ["gemini"] = "google", ["perplexity"] = "perplexity",
        ["xai"] = "xai", ["deepseek"] = "deepseek", ["mistral"] = "mistral", ["openrouter"] = "openrouter",
    };

    public void Apply(IReadOnlyList<GenAiPriceEntry> genAi, IReadOnlyList<LiteLlmEntry> liteLlm, IReadOnlyList<CatalogRoute> routes, ModelIndex index, IReadOnlyDictionary<string, string> makers, ServiceTierTable serviceTiers)
    {
        ArgumentNullException.ThrowIfNull(genAi);
        ArgumentNullException.ThrowIfNull(liteLlm);
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(makers);
        ArgumentNullException.ThrowIfNull(serviceTiers);
        var byPair = routes.Where(r => r.Variant is null && r.Price is { HasInputAndOutput: true }).ToDictionary(r => (r.Provider, r.Model));

        var genAiDone = new HashSet<(string, string)>();
        foreach (var entry in genAi.Where(e => e.Price is { HasInputAndOutput: true }).OrderBy(e => e.ModelId.Contains(':', StringComparison.Ordinal) ? 1 : 0))
        {
            if (PriceCrossCheck.ProviderSlug(entry.ProviderId) is not { } provider
                || index.Find(entry.ModelId) is not { } model
                || !byPair.TryGetValue((provider, model.Slug), out var route)
                || !Agrees(route.Price!, entry.Price!)
                || !genAiDone.Add((provider, model.Slug)))
            {
                continue;
            }

            var source = (entry.SourceUrl, entry.PricesChecked ?? GenAiPricesReader.Snapshot);
            AddToPrice(route, entry.Price!, source);
            AddTiers(route, entry.Tiers, source);
            if (route.PerThousandRequests is null && route.PerThousandWebSearches is null && (entry.PerThousandRequests is not null || entry.PerThousandWebSearches is not null))
            {
                route.PerThousandRequests = entry.PerThousandRequests;
                route.PerThousandWebSearches = entry.PerThousandWebSearches;
                route.PriceSources["fees"] = source;
            }
        }

        var liteLlmDone = new HashSet<(string, string)>();
        foreach (var entry in liteLlm.Where(e => e.Price is not null).OrderBy(e => e.Key.Length).ThenBy(e => e.Key, StringComparer.Ordinal))
        {
            if (!LiteLlmProviders.TryGetValue(entry.Provider, out var provider)
                || index.Find(entry.Key.Split('/')[^1]) is not { } model
                || !byPair.TryGetValue((provider, model.Slug), out var route)
                || !Agrees(route.Price!, entry.Price!)
                || !liteLlmDone.Add((provider, model.Slug)))
            {
                continue;
            }

            var source = (LiteLlmReader.Url, LiteLlmReader.Snapshot);
            AddToPrice(route, entry.Price!, source);
            AddTiers(route, entry.Tiers, source);
            route.Batch ??= Tier(route, "batch", entry.Batch, source);
            route.Flex ??= Tier(route, "flex", entry.Flex, source);
            route.Priority ??= Tier(route, "priority", entry.Priority, source);
            if (route.PerThousandRequests is null && entry.PerThousandRequests is { } fee)
            {
                route.PerThousandRequests = fee;
                route.PriceSources["fees"] = source;
            }
        }

        foreach (var route in routes.Where(r => r.Variant is null && r.Batch is null && r.Price is { HasInputAndOutput: true } && makers.GetValueOrDefault(r.Model) == r.Provider))
        {
            if (serviceTiers.For(route.Provider, "batch", route.Model) is not { } policy)
            {
                continue;
            }

            var share = 1m - (policy.DiscountPercent / 100m);
            route.Batch = new Price(route.Price!.Input * share, route.Price.Output * share, null, null);
            route.PriceSources["batch"] = (policy.Url, policy.Checked);
            report.Note("Batch prices from the makers' published discounts (data/service-tiers.yaml)",
                string.Create(CultureInfo.InvariantCulture, $"{route.Provider}/{route.Model}: {route.Batch.Input}/{route.Batch.Output}, {policy.DiscountPercent}% off"));
        }
    }

    /// <summary>The dataset's input and output prices are the route's.</summary>
    private static bool Agrees(Price route, Price theirs) => route.Input == theirs.Input && route.Output == theirs.Output;

    /// <summary>The 1-hour cache write and the reasoning price, where the route has none.</summary>
    private static void AddToPrice(CatalogRoute route, Price theirs, (string, DateOnly) source)
    {
        var price = route.Price!;
        if (price.CacheWrite1h is null && theirs.CacheWrite1h is { } hour)
        {
            price = price with { CacheWrite1h = hour };
            route.PriceSources["cache_write_1h"] = source;
        }

        if (price.Reasoning is null && theirs.Reasoning is { } reasoning && reasoning != price.Output)
        {
            price = price with { Reasoning = reasoning };
            route.PriceSources["reasoning"] = source;
        }

        route.Price = price;
    }

    /// <summary>The dataset's context tiers, where the route has none.</summary>
    private static void AddTiers(CatalogRoute route, IReadOnlyList<PriceTier> tiers, (string, DateOnly) source)
    {
        var kept = tiers.Where(t => t.AboveTokens > 0 && t.Price.HasInputAndOutput && InRange(t.Price)).ToList();
        if (route.Tiers.Count > 0 || kept.Count == 0)
        {
            return;
        }

        route.Tiers = kept;
        route.PriceSources["tiers"] = source;
    }

    private static Price? Tier(CatalogRoute route, string field, Price? price, (string, DateOnly) source)
    {
        if (price is null || !InRange(price))
        {
            return null;
        }

        route.PriceSources[field] = source;
        return price;
    }

    private static bool InRange(Price p) =>
        new[] { p.Input, p.Output, p.CacheRead, p.CacheWrite, p.CacheWrite1h, p.Reasoning }.All(v => v is null or (>= 0 and <= RouteBuilder.MaxPrice));
}
