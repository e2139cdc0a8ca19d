using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

/// <summary>Which prices a pair page bills both models at.</summary>
public enum CostBasis
{
    /// <summary>Each model's reference price: the maker's list price, else the market price (the default).</summary>
    List,
    /// <summary>Each model's cheapest costed route at the traffic, labelled when unusually low.</summary>
    Cheapest,
    /// <summary>Both models on one provider that serves both (<see cref="PriceChoice.Via"/>).</summary>
    Via,
}

/// <summary>Where one model's bill comes from.</summary>
public enum BillBasis
{
    List,
    Market,
    Cheapest,
    Via,
}

/// <summary>The basis a page asked for: <c>?basis=list|cheapest</c>, or <c>?via=provider</c> for one provider for both.</summary>
public sealed record PriceChoice(CostBasis Basis, string? Via = null)
{
    public static PriceChoice Default { get; } = new(CostBasis.List);

    /// <summary>List basis, no provider: the canonical page's choice.</summary>
    public bool IsDefault => Basis == CostBasis.List && Via is null;

    /// <summary>
    /// Reads the choice from query-string values, leniently: an unknown basis falls back to list prices
    /// with a note; <c>via</c> names a provider slug (whether it serves both models is the engine's to say)
    /// and, when given, wins over <c>basis</c>.
    /// </summary>
    public static PriceChoiceQuery FromQuery(string? basis, string? via)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        var choice = Default;
        if (!string.IsNullOrWhiteSpace(basis))
        {
            switch (basis.Trim().ToLowerInvariant())
            {
                case "list":
                    break;
                case "cheapest":
                    choice = new PriceChoice(CostBasis.Cheapest);
                    break;
                default:
                    notes.Add(Sentences.BasisNotKnown(basis.Trim()));
                    break;
            }
        }

        if (!string.IsNullOrWhiteSpace(via))
        {
            choice = new PriceChoice(CostBasis.Via, via.Trim().ToLowerInvariant());
        }

        return new PriceChoiceQuery(choice, notes.ToImmutable());
    }
}

/// <summary>A price choice read from a query string, with notes on anything that was ignored.</summary>
public sealed record PriceChoiceQuery(PriceChoice Choice, ImmutableArray<string> Notes);

/// <summary>One model's monthly bill at a traffic, and where its prices come from.</summary>
public sealed record ModelBill
{
    public required BillBasis Basis { get; init; }
    public required decimal InputPrice { get; init; }
    public required decimal OutputPrice { get; init; }
    public decimal? CacheReadPrice { get; init; }
    public required decimal InputCost { get; init; }
    public required decimal OutputCost { get; init; }
    /// <summary>Fees per request.</summary>
    public decimal FeeCost { get; init; }
    /// <summary>The itemised bill; its amounts add up to <see cref="Monthly"/>.</summary>
    public ImmutableArray<BillLine> Lines { get; init; } = [];

    /// <summary>The part of <see cref="Monthly"/> that charges assumed hidden reasoning tokens (a model that always thinks); 0 for none.</summary>
    public decimal AssumedReasoning => Lines.Where(l => l.Kind == BillLineKind.Reasoning).Sum(l => l.Amount);

    /// <summary>The assumed reasoning tokens as a share of the visible output, in percent; null when the bill assumes none.</summary>
    public decimal? AssumedReasoningPercent =>
        Lines.FirstOrDefault(l => l.Kind == BillLineKind.Reasoning) is { } r && Lines.FirstOrDefault(l => l.Kind is BillLineKind.Output or BillLineKind.Thinking) is { Quantity: > 0m } o
            ? r.Quantity / o.Quantity * 100m
            : null;
    /// <summary>The service tier billed: the one asked for, or standard when the route does not sell it (or for a market price).</summary>
    public ServiceTier ServiceTier { get; init; } = ServiceTier.Standard;
    /// <summary>The route billed; null for a market price, which is a median over routes.</summary>
    public RouteCost? Route { get; init; }
    public int MarketRoutes { get; init; }
    public int MarketProviders { get; init; }

    public decimal Monthly => InputCost + OutputCost + FeeCost;

    /// <summary>The bill for 1,000 requests, when the traffic says (or assumes) how many requests a month it is.</summary>
    public decimal? PerThousandRequests(TrafficProfile traffic)
    {
        ArgumentNullException.ThrowIfNull(traffic);
        return traffic.Requests > 0m ? Monthly / traffic.Requests * 1000m : null;
    }

    /// <summary>"$18,000": whole dollars from $100 up, cents below.</summary>
    public string MonthlyText => Formatting.MonthlyTotal(Monthly);

    /// <summary>The route's mark ("unusually low, reseller"), when the bill is on a marked route.</summary>
    public string? Badge => Route?.Standing?.Badge;
}
