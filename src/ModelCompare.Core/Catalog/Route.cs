using System.Collections.Immutable;

namespace ModelCompare.Catalog;

/// <summary>One provider's offer of one model: its prices, limits and status.</summary>
public sealed record Route
{
    public required string ProviderSlug { get; init; }
    public required string ModelSlug { get; init; }
    /// <summary>
    /// What sets this route apart from the provider's plain route of the same model (a quantized build, a
    /// regional endpoint, a plan); null for the plain route.
    /// </summary>
    public RouteVariant? Variant { get; init; }
    /// <summary>
    /// Marked by an editor as sold by the model's maker although the provider is another storefront of
    /// theirs. A route whose provider is the model's maker is the maker's own without this flag.
    /// </summary>
    public bool IsMakerOwn { get; init; }
    /// <summary>The model id this provider's API expects.</summary>
    public string? ApiId { get; init; }
    public RouteStatus Status { get; init; } = RouteStatus.Active;
    /// <summary>Token prices; null when no price is sourced.</summary>
    public TokenPrices? Price { get; init; }
    /// <summary>A free tier or subscription plan: it shows availability, not what the tokens cost.</summary>
    public bool IsFreeTier { get; init; }
    /// <summary>Prices for the provider's batch API (asynchronous, results within a day); null when none is sourced.</summary>
    public TokenPrices? BatchPrice { get; init; }
    /// <summary>Prices for the flex service tier (slower, cheaper, may be queued); null when none is sourced.</summary>
    public TokenPrices? FlexPrice { get; init; }
    /// <summary>Prices for the priority service tier (faster, dearer); null when none is sourced.</summary>
    public TokenPrices? PriorityPrice { get; init; }
    /// <summary>Fees charged per request or per tool call, beside the token prices; null when none is sourced.</summary>
    public RouteFees? Fees { get; init; }
    /// <summary>
    /// Where a price other than <see cref="SourceUrl"/>'s was read, by the field it fills (<c>batch</c>, <c>flex</c>,
    /// <c>priority</c>, <c>tiers</c>, <c>fees</c>, <c>cache_write_1h</c>, <c>reasoning</c>).
    /// </summary>
    public ImmutableSortedDictionary<string, PriceSource> PriceSources { get; init; } = ImmutableSortedDictionary<string, PriceSource>.Empty.WithComparers(StringComparer.Ordinal);
    /// <summary>Prices that apply once the prompt is larger than a threshold, smallest threshold first.</summary>
    public ImmutableArray<PriceTier> Tiers { get; init; } = [];
    public long? ContextWindow { get; init; }
    public long? MaxOutput { get; init; }
    public ImmutableArray<string> Regions { get; init; } = [];
    public required string SourceUrl { get; init; }
    public required DateOnly Checked { get; init; }
    /// <summary>Dated price changes, oldest first.</summary>
    public ImmutableArray<PricePoint> History { get; init; } = [];

    /// <summary>True when the route has both an input and an output price and is not a free plan.</summary>
    public bool HasCompletePrice => !IsFreeTier && Price is { Input: not null, Output: not null };

    /// <summary>
    /// Identifies the route among the model's routes: the provider's slug, and for a variant
    /// <c>provider--variant</c> (the file name's form). Unique per model; the provider slug alone is not.
    /// </summary>
    public string Key => Variant is null ? ProviderSlug : $"{ProviderSlug}{RouteVariant.Separator}{Variant.Slug}";
}

/// <summary>What kind of variant a route is.</summary>
public enum RouteVariantKind
{
    /// <summary>A build with reduced numeric precision (FP8, INT4), which can answer differently.</summary>
    Quantized,
    /// <summary>An endpoint in one region or jurisdiction, often priced differently.</summary>
    Regional,
    /// <summary>Tokens sold as part of a subscription or prepaid plan.</summary>
    Plan,
    Other,
}

/// <summary>A route's variant: its kind, its slug in the file name, and a short text shown beside the route.</summary>
public sealed record RouteVariant(RouteVariantKind Kind, string Slug, string? Detail)
{
    /// <summary>Joins the model slug and the variant slug in a route's file name; it cannot occur in a slug.</summary>
    public const string Separator = "--";
}

public enum RouteStatus
{
    Active,
    Preview,
    Deprecated,
}

/// <summary>
/// USD per 1M tokens. Any part may be unknown. <see cref="CacheWrite"/> is the price of writing a prompt cache that
/// lives 5 minutes, <see cref="CacheWrite1h"/> one that lives an hour; <see cref="Reasoning"/> is the output price in
/// thinking mode where the model prices it apart from plain output.
/// </summary>
public sealed record TokenPrices(decimal? Input, decimal? Output, decimal? CacheRead = null, decimal? CacheWrite = null, decimal? CacheWrite1h = null, decimal? Reasoning = null);

/// <summary>Fees beside the token prices, in USD per 1,000 requests and per 1,000 web searches.</summary>
public sealed record RouteFees(decimal? PerThousandRequests, decimal? PerThousandWebSearches);

/// <summary>Where one of a route's prices was read and when.</summary>
public sealed record PriceSource(string Url, DateOnly Checked)
{
    /// <summary>What the page at <see cref="Url"/> is when it is not the seller's own ("a forum post, not OpenAI's own page"); null for the seller's page or a dataset.</summary>
    public string? Note { get; init; }
}

/// <summary>The service tiers a request can be sent on; each may carry its own prices.</summary>
public enum ServiceTier
{
    Standard,
    Batch,
    Flex,
    Priority,
}

/// <summary>Prices that apply when the prompt exceeds <see cref="AboveTokens"/>.</summary>
public sealed record PriceTier(long AboveTokens, TokenPrices Price);

public enum PriceEvent
{
    Added,
    Changed,
    Removed,
}

/// <summary>A route's price on a date; a removal carries no price.</summary>
public sealed record PricePoint(DateOnly Date, PriceEvent Event, TokenPrices? Price)
{
    /// <summary>
    /// The context tiers in force from <see cref="Date"/> (empty: none); null when the entry does not say, as most
    /// histories do not. Only a dated list that records them lets a change of tiers be named.
    /// </summary>
    public ImmutableArray<PriceTier>? Tiers { get; init; }
}
