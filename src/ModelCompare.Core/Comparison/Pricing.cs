using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>The arithmetic of token bills. Prices are USD per 1M tokens; traffic is in millions of tokens.</summary>
public static class Pricing
{
    /// <summary>Weight of input tokens in the blended price; output takes the rest.</summary>
    public const decimal BlendInputWeight = 0.7m;

    /// <summary>0.7 × input + 0.3 × output per 1M tokens.</summary>
    public static decimal Blend(decimal input, decimal output) => (BlendInputWeight * input) + ((1m - BlendInputWeight) * output);

    /// <summary>
    /// The monthly bill on one route, or null when the route has no complete price (free tiers and
    /// routes missing an input or output price are never costed). The cached share of input is billed
    /// at the cache-read price when the route has one, else at the full input price. Context tiers are
    /// not applied: the base price is used.
    /// </summary>
    public static RouteCost? Cost(Route route, string providerName, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(traffic);
        if (!route.HasCompletePrice)
        {
            return null;
        }

        var price = route.Price!;
        var input = price.Input!.Value;
        var output = price.Output!.Value;
        var cached = traffic.InputMillions * traffic.CachePercent / 100m;
        var fresh = traffic.InputMillions - cached;
        var inputCost = (fresh * input) + (cached * (price.CacheRead ?? input));
        var outputCost = traffic.OutputMillions * output;
        return new RouteCost(route.ProviderSlug, providerName, input, output, price.CacheRead, inputCost, outputCost, inputCost + outputCost, !route.Tiers.IsDefaultOrEmpty)
        {
            RouteKey = route.Key,
        };
    }
}
