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
        return Build(route, providerName, price.Input!.Value, price.Output!.Value, price.CacheRead, traffic);
    }

    /// <summary>
    /// The monthly bill on a route as the price rules cost it: null when the route is not costed
    /// (<see cref="RouteStanding.IsCosted"/>), $0 when it is free from the model's maker.
    /// </summary>
    public static RouteCost? Cost(RouteStanding route, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(traffic);
        if (!route.IsCosted)
        {
            return null;
        }

        var cost = route.IsFreeFromMaker
            ? Build(route.Route, route.ProviderName, 0m, 0m, null, traffic)
            : Build(route.Route, route.ProviderName, route.Route.Price!.Input!.Value, route.Route.Price.Output!.Value, route.Route.Price.CacheRead, traffic);
        return cost with { Standing = route };
    }

    /// <summary>The bill at a model's market price: the median prices, the cache-read median for cached input when there is one.</summary>
    public static ModelBill? MarketBill(ModelPrice price, TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(price);
        ArgumentNullException.ThrowIfNull(traffic);
        if (price.Basis != PriceBasis.Market || price.Reference is not { Input: { } input, Output: { } output } reference)
        {
            return null;
        }

        var (inputCost, outputCost) = Split(input, output, reference.CacheRead, traffic);
        return new ModelBill
        {
            Basis = BillBasis.Market,
            InputPrice = input,
            OutputPrice = output,
            CacheReadPrice = reference.CacheRead,
            InputCost = inputCost,
            OutputCost = outputCost,
            MarketRoutes = price.MarketRoutes,
            MarketProviders = price.MarketProviders,
        };
    }

    /// <summary>A bill on one route.</summary>
    public static ModelBill Bill(BillBasis basis, RouteCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        return new ModelBill
        {
            Basis = basis,
            InputPrice = cost.InputPrice,
            OutputPrice = cost.OutputPrice,
            CacheReadPrice = cost.CacheReadPrice,
            InputCost = cost.InputCost,
            OutputCost = cost.OutputCost,
            Route = cost,
        };
    }

    private static RouteCost Build(Route route, string providerName, decimal input, decimal output, decimal? cacheRead, TrafficProfile traffic)
    {
        var (inputCost, outputCost) = Split(input, output, cacheRead, traffic);
        return new RouteCost(route.ProviderSlug, providerName, input, output, cacheRead, inputCost, outputCost, inputCost + outputCost, !route.Tiers.IsDefaultOrEmpty)
        {
            RouteKey = route.Key,
        };
    }

    private static (decimal InputCost, decimal OutputCost) Split(decimal input, decimal output, decimal? cacheRead, TrafficProfile traffic)
    {
        var cached = traffic.InputMillions * traffic.CachePercent / 100m;
        var fresh = traffic.InputMillions - cached;
        return ((fresh * input) + (cached * (cacheRead ?? input)), traffic.OutputMillions * output);
    }
}
