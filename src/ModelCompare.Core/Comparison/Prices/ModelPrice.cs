using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>Where a model's reference price comes from. See <see cref="PriceRules"/>.</summary>
public enum PriceBasis
{
    /// <summary>Neither the maker nor any host sells it at a sourced, current price.</summary>
    None,
    /// <summary>The maker's own price (its API, or a storefront of its own such as a regional site).</summary>
    List,
    /// <summary>The maker sells no route: the median of the hosts' current, paid, non-plan prices.</summary>
    Market,
}

/// <summary>Why a route is shown but not costed.</summary>
public enum RouteExclusion
{
    /// <summary>Costed: it has a current, complete price (or is free from the model's maker).</summary>
    None,
    /// <summary>The route's status is deprecated.</summary>
    Deprecated,
    /// <summary>The route's price history ends in a removal.</summary>
    Removed,
    /// <summary>A free tier or plan of a provider that is not the maker: availability, not a price.</summary>
    FreeTier,
    /// <summary>No input or no output price is sourced.</summary>
    NoPrice,
    /// <summary>
    /// Another seller's price last known before the maker's own price rose, and below it: it may be out of date
    /// (<see cref="PriceRules"/>, "read before the maker's rise").
    /// </summary>
    ReadBeforeRise,
}

/// <summary>
/// One route of a model as the price rules see it: who sells it, whether it is costed, and how it stands
/// against the model's reference (list or market) price.
/// </summary>
public sealed record RouteStanding
{
    public required Route Route { get; init; }
    public required string ProviderName { get; init; }
    /// <summary>How the provider sells models it did not make; from the provider's data.</summary>
    public required SellerKind SellerKind { get; init; }
    /// <summary>Sold by the model's maker: the maker's provider, or a route marked as the maker's own.</summary>
    public required bool IsMakerOwn { get; init; }
    /// <summary>A subscription or prepaid plan (the provider's seller kind, or a plan variant).</summary>
    public required bool IsPlan { get; init; }
    public required RouteExclusion Exclusion { get; init; }
    /// <summary>The date the maker's own price rose, for a route excluded as <see cref="RouteExclusion.ReadBeforeRise"/>.</summary>
    public DateOnly? ReadBeforeRiseOn { get; init; }
    /// <summary>The maker's own free route: costed at $0.</summary>
    public required bool IsFreeFromMaker { get; init; }
    /// <summary>0.7 × input + 0.3 × output per 1M tokens; 0 when free from its maker; null when not costed.</summary>
    public decimal? Blend { get; init; }
    /// <summary>More than <see cref="PriceRules.UnusuallyLowShare"/> below the reference blend, and not the maker's own.</summary>
    public bool IsUnusuallyLow { get; init; }
    /// <summary>How far below the reference blend this route is, 0 to 1 ("0.86" is 86% below); null when not below or not comparable.</summary>
    public decimal? BelowReference { get; init; }

    public string Key => Route.Key;
    public string ProviderSlug => Route.ProviderSlug;
    public bool IsCosted => Exclusion == RouteExclusion.None;

    /// <summary>"Azure OpenAI (azure)", with a variant's detail: "Deep Infra (deepinfra, FP8)".</summary>
    public string RouteName => Formatting.RouteName(ProviderName, ProviderSlug, Route.Variant);

    /// <summary>A short mark for tables ("list price", "unusually low, reseller", "deprecated, not costed"); null for an ordinary route.</summary>
    public string? Badge { get; init; }

    /// <summary>The mark as a sentence, for the cost section and the open data; null for an ordinary route.</summary>
    public string? Note { get; init; }
}

/// <summary>
/// A model's price, worked out once per snapshot by <see cref="PriceRules"/>: the reference price (list,
/// else market), the cheapest costed route beside it, and the standing of every route.
/// </summary>
public sealed record ModelPrice
{
    public required string ModelSlug { get; init; }
    public required PriceBasis Basis { get; init; }
    /// <summary>The reference prices per 1M tokens; $0 and $0 when free from its maker; null without a basis.</summary>
    public TokenPrices? Reference { get; init; }
    /// <summary>The 70/30 blend of <see cref="Reference"/>.</summary>
    public decimal? ReferenceBlend { get; init; }
    /// <summary>The maker's route the list price is read from; null for a market price.</summary>
    public RouteStanding? ListRoute { get; init; }
    /// <summary>The list price is the maker's own free route.</summary>
    public bool IsFreeFromMaker => ListRoute?.IsFreeFromMaker == true;
    /// <summary>How many routes the market price is the median of, and from how many providers.</summary>
    public int MarketRoutes { get; init; }
    public int MarketProviders { get; init; }
    /// <summary>The costed route with the lowest 70/30 blend (ties: the maker's own, then the route key).</summary>
    public RouteStanding? Cheapest { get; init; }
    /// <summary>Every route of the model, in route-key order.</summary>
    public required ImmutableArray<RouteStanding> Routes { get; init; }

    /// <summary>The standing of one route by its key.</summary>
    public RouteStanding? Standing(string routeKey) => Routes.FirstOrDefault(r => r.Key == routeKey);

    /// <summary>"list price" or "market price"; null without a basis.</summary>
    public string? BasisName => Formatting.PriceBasisName(Basis);
}
