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
    public TokenPrices? BatchPrice { get; init; }
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

/// <summary>USD per 1M tokens. Any part may be unknown.</summary>
public sealed record TokenPrices(decimal? Input, decimal? Output, decimal? CacheRead = null, decimal? CacheWrite = null);

/// <summary>Prices that apply when the prompt exceeds <see cref="AboveTokens"/>.</summary>
public sealed record PriceTier(long AboveTokens, TokenPrices Price);

public enum PriceEvent
{
    Added,
    Changed,
    Removed,
}

/// <summary>A route's price on a date; a removal carries no price.</summary>
public sealed record PricePoint(DateOnly Date, PriceEvent Event, TokenPrices? Price);
