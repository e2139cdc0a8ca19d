using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// Every real difference between the two, each in favour of one side with its words and the short
    /// edge the verdict names. Limits closer than <see cref="LimitTolerance"/> and bills that cost about the
    /// same (<see cref="PriceRules.Cheaper"/>) are not differences. In this order: status, context, price,
    /// benchmarks, providers, capabilities, unconfirmed capabilities, decision fit, openness or licence,
    /// maximum output, knowledge cutoff, release.
    /// </summary>
    private static ImmutableArray<Tradeoff> Tradeoffs(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks, DateOnly today, PairFitResult fit) =>
    [
        .. StatusTradeoffs(a, b, today),
        .. ContextTradeoff(a, b),
        .. PriceTradeoff(a, b, bills),
        .. BenchmarksTradeoff(a, b, benchmarks),
        .. ProvidersTradeoff(a, b),
        .. CapabilityTradeoffs(a, b),
        .. UnconfirmedTradeoffs(a, b),
        .. DecisionFitTradeoffs(a, b, fit),
        .. OpennessTradeoff(a, b),
        .. MaxOutputTradeoff(a, b),
        .. KnowledgeCutoffTradeoff(a, b),
        .. ReleaseTradeoff(a, b),
    ];

    /// <summary>The facts of <paramref name="side"/> of the pair.</summary>
    private static ModelFacts FactsOf(ModelFacts a, ModelFacts b, Side side) => side == Side.A ? a : b;

    /// <summary>A model deprecated or retired on <paramref name="today"/> against an active one: the active one's row.</summary>
    private static IEnumerable<Tradeoff> StatusTradeoffs(ModelFacts a, ModelFacts b, DateOnly today)
    {
        foreach (var (x, y, side) in Sides(a, b))
        {
            if (ModelLifecycle.StatusOn(x.Model, today) != ModelStatus.Active && ModelLifecycle.StatusOn(y.Model, today) == ModelStatus.Active)
            {
                yield return new(TradeoffKind.Retirement, Other(side), Sentences.Status(x.Model, today)!)
                {
                    Edge = x.Model.RetirementDate is { } retires
                        ? Sentences.EdgeNotRetiring(x.Name, retires, today)
                        : Sentences.EdgeNotDeprecated(x.Name, ModelLifecycle.StatusOn(x.Model, today)),
                };
            }
        }
    }

    /// <summary>The larger context, by the context a route serves, not a maker's figure no host offers (<see cref="ModelLimits"/>).</summary>
    private static IEnumerable<Tradeoff> ContextTradeoff(ModelFacts a, ModelFacts b)
    {
        var wider = LargerLimit(a.RankingContext, b.RankingContext);
        if (wider is Side.A or Side.B)
        {
            var (x, y) = (FactsOf(a, b, wider), FactsOf(a, b, Other(wider)));
            yield return new(TradeoffKind.Context, wider, Sentences.TradeoffContext(x.Name, x.RankingContext!.Value, y.Name, y.RankingContext!.Value))
            {
                Edge = Sentences.EdgeContext(x.RankingContext!.Value, y.RankingContext!.Value),
            };
        }
    }

    /// <summary>The lower bill, or the only side with a bill.</summary>
    private static IEnumerable<Tradeoff> PriceTradeoff(ModelFacts a, ModelFacts b, PairBills bills)
    {
        if (bills.Cheaper is Side.A or Side.B)
        {
            var (x, y) = (bills[bills.Cheaper]!, bills[Other(bills.Cheaper)]!);
            // A gap that vanishes or turns without the assumed reasoning tokens is still the lower bill the verdict
            // names, but every place that names it says what it rests on, as the verdict's next sentence does.
            var assumedBy = bills.GapRestsOnAssumption ? AssumedBy(a, b, bills) : null;
            yield return new(TradeoffKind.Price, bills.Cheaper, Sentences.TradeoffPrice(bills.BasisPhrase, FactsOf(a, b, bills.Cheaper).Name, x.Monthly, FactsOf(a, b, Other(bills.Cheaper)).Name, y.Monthly, assumedBy))
            {
                Edge = assumedBy is null ? Sentences.EdgeLowerBill : Sentences.EdgeLowerBillAssumed,
            };
        }
        else if (bills.Cheaper == Side.None && (bills.A is not null || bills.B is not null))
        {
            var side = bills.A is not null ? Side.A : Side.B;
            yield return new(TradeoffKind.Price, side, Sentences.TradeoffOnlyPriced(bills.BasisPhrase, FactsOf(a, b, side).Name)) { Edge = Sentences.EdgeOnlyPrice };
        }
    }

    /// <summary>The side that leads on the shared benchmarks, naming the benchmarks each side leads.</summary>
    private static IEnumerable<Tradeoff> BenchmarksTradeoff(ModelFacts a, ModelFacts b, BenchmarkSection benchmarks)
    {
        var leader = BenchmarkLeader(benchmarks);
        if (leader is Side.A or Side.B)
        {
            var leads = benchmarks.Leads(leader);
            // The count ("leads on 6 of 7") belongs to the verdict and the scorecard; this row names the benchmarks.
            string[] Named(Side side) => [.. benchmarks.Shared.Where(r => r.Leader == side).Select(r => Sentences.BenchmarkName(r.Name, r.Variant))];
            yield return new(TradeoffKind.Benchmarks, leader, Sentences.TradeoffBenchmarks(FactsOf(a, b, leader).Name, Named(leader), FactsOf(a, b, Other(leader)).Name, Named(Other(leader))))
            {
                Edge = Sentences.EdgeBenchmarks(leads, benchmarks.Compared),
            };
        }
    }

    /// <summary>The side served by more providers.</summary>
    private static IEnumerable<Tradeoff> ProvidersTradeoff(ModelFacts a, ModelFacts b)
    {
        var (na, nb) = (a.ProviderSlugs.Length, b.ProviderSlugs.Length);
        if (na != nb)
        {
            var more = na > nb ? Side.A : Side.B;
            var (x, y) = (FactsOf(a, b, more), FactsOf(a, b, Other(more)));
            yield return new(TradeoffKind.ProviderCoverage, more, Sentences.TradeoffProviders(x.Name, x.ProviderSlugs.Length, y.Name, y.ProviderSlugs.Length))
            {
                Edge = Sentences.EdgeProviders(x.ProviderSlugs.Length, y.ProviderSlugs.Length),
            };
        }
    }

    /// <summary>Per side, the capabilities it has and the other lacks.</summary>
    private static IEnumerable<Tradeoff> CapabilityTradeoffs(ModelFacts a, ModelFacts b)
    {
        foreach (var (x, y, side) in Sides(a, b))
        {
            var only = OnlyIn(x.Model, y.Model);
            if (only.Count > 0)
            {
                yield return new(TradeoffKind.Capabilities, side, Sentences.TradeoffCapabilities(x.Name, only, y.Name)) { Edge = Sentences.Capabilities(only) };
            }
        }
    }

    /// <summary>Per side, the capabilities it has where the other's are not confirmed.</summary>
    private static IEnumerable<Tradeoff> UnconfirmedTradeoffs(ModelFacts a, ModelFacts b)
    {
        foreach (var (x, y, side) in Sides(a, b))
        {
            var unconfirmed = UnconfirmedIn(x.Model, y.Model);
            if (unconfirmed.Count > 0)
            {
                yield return new(TradeoffKind.UnconfirmedCapabilities, side, Sentences.TradeoffUnconfirmed(x.Name, unconfirmed, y.Name))
                {
                    Edge = Sentences.EdgeUnconfirmed(unconfirmed, y.Name),
                };
            }
        }
    }

    /// <summary>Per side, the uses it fits and the other does not, leaving out those another row says.</summary>
    private static IEnumerable<Tradeoff> DecisionFitTradeoffs(ModelFacts a, ModelFacts b, PairFitResult fit)
    {
        foreach (var (x, y, side) in Sides(a, b))
        {
            // Budget and self-hosting have their own rows (price, openness), and a fit that follows from a capability
            // only one side has is said by the capabilities row; naming them twice would repeat them.
            var restated = OnlyIn(x.Model, y.Model).Select(FitFromCapability).ToHashSet();
            var tags = x.DecisionFit.Except(y.DecisionFit).Where(t => t is not (DecisionFit.Budget or DecisionFit.SelfHosting) && !restated.Contains(t)).ToList();
            if (tags.Count > 0)
            {
                var unscored = (side == Side.A ? fit.UnscoredA : fit.UnscoredB).Where(tags.Contains).ToList();
                yield return new(TradeoffKind.DecisionFit, side, Sentences.TradeoffDecisionFit(x.Name, tags, y.Name, unscored)) { Edge = Sentences.EdgeDecisionFit(tags) };
            }
        }
    }

    /// <summary>The side with open weights, or else a note that the licences differ.</summary>
    private static IEnumerable<Tradeoff> OpennessTradeoff(ModelFacts a, ModelFacts b)
    {
        var (ma, mb) = (a.Model, b.Model);
        if (ma.OpenWeights is { } oa && mb.OpenWeights is { } ob && oa != ob)
        {
            var open = oa ? Side.A : Side.B;
            var (x, y) = (FactsOf(a, b, open), FactsOf(a, b, Other(open)));
            yield return new(TradeoffKind.Openness, open, Sentences.TradeoffOpenness(x.Name, x.Model.License, y.Name, y.Model.License)) { Edge = Sentences.EdgeOpenWeights };
        }
        else if (LicensesDiffer(ma, mb))
        {
            yield return new(TradeoffKind.License, Side.None, Sentences.TradeoffLicense(a.Name, ma.License!, b.Name, mb.License!));
        }
    }

    /// <summary>The side that writes longer answers.</summary>
    private static IEnumerable<Tradeoff> MaxOutputTradeoff(ModelFacts a, ModelFacts b)
    {
        var longer = LargerLimit(a.Model.MaxOutput, b.Model.MaxOutput);
        if (longer is Side.A or Side.B)
        {
            var (x, y) = (FactsOf(a, b, longer), FactsOf(a, b, Other(longer)));
            yield return new(TradeoffKind.MaxOutput, longer, Sentences.TradeoffMaxOutput(x.Name, x.Model.MaxOutput!.Value, y.Name, y.Model.MaxOutput!.Value))
            {
                Edge = Sentences.EdgeMaxOutput(x.Model.MaxOutput!.Value, y.Model.MaxOutput!.Value),
            };
        }
    }

    /// <summary>The side with the later knowledge cutoff, when the two cutoffs can be compared.</summary>
    private static IEnumerable<Tradeoff> KnowledgeCutoffTradeoff(ModelFacts a, ModelFacts b)
    {
        if (a.Model.KnowledgeCutoff is { } ka && b.Model.KnowledgeCutoff is { } kb && Comparable(ka, kb) && ka != kb)
        {
            var later = ka > kb ? Side.A : Side.B;
            var (x, y) = (FactsOf(a, b, later), FactsOf(a, b, Other(later)));
            yield return new(TradeoffKind.KnowledgeCutoff, later, Sentences.TradeoffKnowledgeCutoff(x.Name, x.Model.KnowledgeCutoff!.Value, y.Name, y.Model.KnowledgeCutoff!.Value))
            {
                Edge = Sentences.EdgeKnowledgeCutoff,
            };
        }
    }

    /// <summary>The newer release.</summary>
    private static IEnumerable<Tradeoff> ReleaseTradeoff(ModelFacts a, ModelFacts b)
    {
        if (a.Model.ReleaseDate is { } ra && b.Model.ReleaseDate is { } rb && ra != rb)
        {
            var newer = ra > rb ? Side.A : Side.B;
            var (x, y) = (FactsOf(a, b, newer), FactsOf(a, b, Other(newer)));
            yield return new(TradeoffKind.Release, newer, Sentences.TradeoffRelease(x.Name, x.Model.ReleaseDate!.Value, y.Name, y.Model.ReleaseDate!.Value))
            {
                Edge = Sentences.EdgeNewer,
            };
        }
    }

    /// <summary>The decision-fit tag a capability gives a model (see <see cref="DecisionRules"/>), or null.</summary>
    private static DecisionFit? FitFromCapability(Capability capability) => capability switch
    {
        Capability.CodeExecution => DecisionFit.Coding,
        Capability.FunctionCalling or Capability.ToolUse => DecisionFit.Agents,
        Capability.Reasoning => DecisionFit.Reasoning,
        Capability.Vision or Capability.Multimodal => DecisionFit.Multimodal,
        Capability.PromptCaching => DecisionFit.Rag,
        _ => null,
    };

    private static (ModelFacts X, ModelFacts Y, Side Side)[] Sides(ModelFacts a, ModelFacts b) => [(a, b, Side.A), (b, a, Side.B)];
}
