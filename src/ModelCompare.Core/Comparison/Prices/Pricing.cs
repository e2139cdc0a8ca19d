using System.Collections.Immutable;
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
    /// routes missing an input or output price are never costed). The bill is itemised as
    /// <see cref="BillPrices.Lines"/> says: uncached input, cache reads, cache writes, output (or thinking
    /// output), request fees, at the context tier the prompt crosses and the service tier asked for.
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

        var lines = BillPrices.Plain(input, output, reference.CacheRead).Lines(traffic, null, null);
        var (inputCost, outputCost, _) = Sum(lines);
        return new ModelBill
        {
            Basis = BillBasis.Market,
            InputPrice = input,
            OutputPrice = output,
            CacheReadPrice = reference.CacheRead,
            InputCost = inputCost,
            OutputCost = outputCost,
            Lines = lines,
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
            FeeCost = cost.FeeCost,
            Lines = cost.Lines,
            ServiceTier = cost.ServiceTier,
            Route = cost,
        };
    }

    private static RouteCost Build(Route route, string providerName, decimal input, decimal output, decimal? cacheRead, TrafficProfile traffic)
    {
        var free = input == 0m && output == 0m && route.Price is null;
        var prices = free ? BillPrices.Plain(0m, 0m, null) : BillPrices.For(route, input, output, traffic);
        var feeSource = route.PriceSources.TryGetValue("fees", out var s) ? s : new PriceSource(route.SourceUrl, route.Checked);
        var lines = prices.Lines(traffic, free ? null : route.Fees, feeSource);
        var (inputCost, outputCost, feeCost) = Sum(lines);
        return new RouteCost(route.ProviderSlug, providerName, input, output, cacheRead, inputCost, outputCost, inputCost + outputCost + feeCost, !route.Tiers.IsDefaultOrEmpty)
        {
            RouteKey = route.Key,
            FeeCost = feeCost,
            Lines = lines,
            ServiceTier = prices.Tier,
            AboveTokens = prices.AboveTokens,
        };
    }

    /// <summary>The input side (uncached input, cache reads and writes), the output side and the fees of a bill's lines.</summary>
    private static (decimal Input, decimal Output, decimal Fees) Sum(ImmutableArray<BillLine> lines) => (
        lines.Where(l => l.Kind is BillLineKind.Input or BillLineKind.CacheRead or BillLineKind.CacheWrite).Sum(l => l.Amount),
        lines.Where(l => l.Kind is BillLineKind.Output or BillLineKind.Thinking or BillLineKind.Reasoning).Sum(l => l.Amount),
        lines.Where(l => l.Kind is BillLineKind.RequestFee or BillLineKind.SearchFee).Sum(l => l.Amount));
}
