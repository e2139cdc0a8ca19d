using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>
/// What the engine knows about one model at one traffic: its routes and costs, derived tags and spec
/// rows. A pair page is built from two of these; a model profile page uses one.
/// </summary>
public sealed record ModelFacts
{
    public required Model Model { get; init; }
    /// <summary>The traffic the bills are worked out at.</summary>
    public required TrafficProfile Traffic { get; init; }
    public string Slug => Model.Slug;
    public string Name => Model.Name;
    /// <summary>The maker provider's name, or the maker slug when the provider is missing.</summary>
    public required string MakerName { get; init; }
    /// <summary>The context to rank and compare the model by (<see cref="ModelLimits.RankingContext"/>).</summary>
    public required long? RankingContext { get; init; }

    /// <summary>
    /// The data files the model's figures come from, relative to the data folder: its own file, its maker's,
    /// each route's and each benchmark it is scored on, for the "edit this data" list.
    /// </summary>
    public ImmutableArray<string> DataFiles =>
    [
        DataFilePaths.Model(Model),
        DataFilePaths.Provider(Model.MakerSlug),
        .. Routes.Select(DataFilePaths.Route).Order(StringComparer.Ordinal),
        .. Scores.Select(s => s.BenchmarkSlug).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(DataFilePaths.Benchmark),
    ];

    /// <summary>Every route of the model, priced or not, free tiers included.</summary>
    public required ImmutableArray<Route> Routes { get; init; }
    /// <summary>Names of the providers that offer the model, in name order.</summary>
    public required ImmutableArray<string> ProviderNames { get; init; }
    public required ImmutableArray<string> ProviderSlugs { get; init; }

    /// <summary>The model's price by <see cref="PriceRules"/>: list or market price, cheapest route, each route's standing.</summary>
    public required ModelPrice Price { get; init; }
    /// <summary>The bill at the traffic at the list or market price; null when the model has neither.</summary>
    public ModelBill? ReferenceBill { get; init; }
    /// <summary>Why there is no <see cref="ReferenceBill"/>.</summary>
    public string? NoPriceReason { get; init; }

    /// <summary>Costed routes with their bill at the traffic, cheapest first (ties: the maker's own, then the route key).</summary>
    public required ImmutableArray<RouteCost> RouteCosts { get; init; }
    public RouteCost? CheapestAtTraffic => RouteCosts.IsDefaultOrEmpty ? null : RouteCosts[0];

    /// <summary>Every route ready to print, cheapest first (see <see cref="ComparisonEngine.PricingFor"/>).</summary>
    public ModelPricing? PriceTable { get; init; }

    /// <summary>The lowest output price among costed routes, with the route it comes from.</summary>
    public RouteCost? CheapestOutput { get; init; }

    /// <summary>Where the model stands against the rest of the catalog (benchmark categories, price, context).</summary>
    public required Distinctions Distinctions { get; init; }

    public required ImmutableArray<DecisionFit> DecisionFit { get; init; }
    public required bool DecisionFitFromEditor { get; init; }
    public required string BestFor { get; init; }
    public required bool BestForFromEditor { get; init; }

    public required ImmutableArray<SpecValue> Specs { get; init; }
    /// <summary>Best-known score per benchmark and variant: independent over self-reported, then newest.</summary>
    public required ImmutableArray<ScoreView> Scores { get; init; }

    /// <summary>Sentences on where the model stands against the rest of the catalog.</summary>
    public required ImmutableArray<string> Strengths { get; init; }
    public required ImmutableArray<string> Weaknesses { get; init; }
}
