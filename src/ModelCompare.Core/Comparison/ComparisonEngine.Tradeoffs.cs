using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// Every real difference between the two, each in favour of one side with its words and the short
    /// edge the verdict names. Limits closer than <see cref="LimitTolerance"/> and bills that cost about the
    /// same (<see cref="PriceRules.Cheaper"/>) are not differences.
    /// </summary>
    private static ImmutableArray<Tradeoff> Tradeoffs(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks, DateOnly today, PairFitResult fit)
    {
        var list = new List<Tradeoff>();
        var (ma, mb) = (a.Model, b.Model);
        ModelFacts Of(Side side) => side == Side.A ? a : b;

        foreach (var (x, y, side) in Sides(a, b))
        {
            if (ModelLifecycle.StatusOn(x.Model, today) != ModelStatus.Active && ModelLifecycle.StatusOn(y.Model, today) == ModelStatus.Active)
            {
                list.Add(new(TradeoffKind.Retirement, Other(side), Sentences.Status(x.Model, today)!)
                {
                    Edge = x.Model.RetirementDate is { } retires
                        ? Sentences.EdgeNotRetiring(x.Name, retires, today)
                        : Sentences.EdgeNotDeprecated(x.Name, ModelLifecycle.StatusOn(x.Model, today)),
                });
            }
        }

        // By the context a route serves, not a maker's figure no host offers (ModelLimits).
        var wider = LargerLimit(a.RankingContext, b.RankingContext);
        if (wider is Side.A or Side.B)
        {
            var (x, y) = (Of(wider), Of(Other(wider)));
            list.Add(new(TradeoffKind.Context, wider, Sentences.TradeoffContext(x.Name, x.RankingContext!.Value, y.Name, y.RankingContext!.Value))
            {
                Edge = Sentences.EdgeContext(x.RankingContext!.Value, y.RankingContext!.Value),
            });
        }

        if (bills.Cheaper is Side.A or Side.B)
        {
            var (x, y) = (bills[bills.Cheaper]!, bills[Other(bills.Cheaper)]!);
            // A gap that vanishes or turns without the assumed reasoning tokens is still the lower bill the verdict
            // names, but every place that names it says what it rests on, as the verdict's next sentence does.
            var assumedBy = bills.GapRestsOnAssumption ? AssumedBy(a, b, bills) : null;
            list.Add(new(TradeoffKind.Price, bills.Cheaper, Sentences.TradeoffPrice(bills.BasisPhrase, Of(bills.Cheaper).Name, x.Monthly, Of(Other(bills.Cheaper)).Name, y.Monthly, assumedBy))
            {
                Edge = assumedBy is null ? Sentences.EdgeLowerBill : Sentences.EdgeLowerBillAssumed,
            });
        }
        else if (bills.Cheaper == Side.None && (bills.A is not null || bills.B is not null))
        {
            var side = bills.A is not null ? Side.A : Side.B;
            list.Add(new(TradeoffKind.Price, side, Sentences.TradeoffOnlyPriced(bills.BasisPhrase, Of(side).Name)) { Edge = Sentences.EdgeOnlyPrice });
        }

        var leader = BenchmarkLeader(benchmarks);
        if (leader is Side.A or Side.B)
        {
            var leads = benchmarks.Leads(leader);
            // The count ("leads on 6 of 7") belongs to the verdict and the scorecard; this row names the benchmarks.
            string[] Named(Side side) => [.. benchmarks.Shared.Where(r => r.Leader == side).Select(r => Sentences.BenchmarkName(r.Name, r.Variant))];
            list.Add(new(TradeoffKind.Benchmarks, leader, Sentences.TradeoffBenchmarks(Of(leader).Name, Named(leader), Of(Other(leader)).Name, Named(Other(leader))))
            {
                Edge = Sentences.EdgeBenchmarks(leads, benchmarks.Compared),
            });
        }

        var (na, nb) = (a.ProviderSlugs.Length, b.ProviderSlugs.Length);
        if (na != nb)
        {
            var more = na > nb ? Side.A : Side.B;
            var (x, y) = (Of(more), Of(Other(more)));
            list.Add(new(TradeoffKind.ProviderCoverage, more, Sentences.TradeoffProviders(x.Name, x.ProviderSlugs.Length, y.Name, y.ProviderSlugs.Length))
            {
                Edge = Sentences.EdgeProviders(x.ProviderSlugs.Length, y.ProviderSlugs.Length),
            });
        }

        foreach (var (x, y, side) in Sides(a, b))
        {
            var only = OnlyIn(x.Model, y.Model);
            if (only.Count > 0)
            {
                list.Add(new(TradeoffKind.Capabilities, side, Sentences.TradeoffCapabilities(x.Name, only, y.Name)) { Edge = Sentences.Capabilities(only) });
            }
        }

        foreach (var (x, y, side) in Sides(a, b))
        {
            var unconfirmed = UnconfirmedIn(x.Model, y.Model);
            if (unconfirmed.Count > 0)
            {
                list.Add(new(TradeoffKind.UnconfirmedCapabilities, side, Sentences.TradeoffUnconfirmed(x.Name, unconfirmed, y.Name))
                {
                    Edge = Sentences.EdgeUnconfirmed(unconfirmed, y.Name),
                });
            }
        }

        foreach (var (x, y, side) in Sides(a, b))
        {
            // Budget and self-hosting have their own rows (price, openness), and a fit that follows from a capability
            // only one side has is said by the capabilities row; naming them twice would repeat them.
            var restated = OnlyIn(x.Model, y.Model).Select(FitFromCapability).ToHashSet();
            var tags = x.DecisionFit.Except(y.DecisionFit).Where(t => t is not (DecisionFit.Budget or DecisionFit.SelfHosting) && !restated.Contains(t)).ToList();
            if (tags.Count > 0)
            {
                var unscored = (side == Side.A ? fit.UnscoredA : fit.UnscoredB).Where(tags.Contains).ToList();
                list.Add(new(TradeoffKind.DecisionFit, side, Sentences.TradeoffDecisionFit(x.Name, tags, y.Name, unscored)) { Edge = Sentences.EdgeDecisionFit(tags) });
            }
        }

        if (ma.OpenWeights is { } oa && mb.OpenWeights is { } ob && oa != ob)
        {
            var open = oa ? Side.A : Side.B;
            var (x, y) = (Of(open), Of(Other(open)));
            list.Add(new(TradeoffKind.Openness, open, Sentences.TradeoffOpenness(x.Name, x.Model.License, y.Name, y.Model.License)) { Edge = Sentences.EdgeOpenWeights });
        }
        else if (LicensesDiffer(ma, mb))
        {
            list.Add(new(TradeoffKind.License, Side.None, Sentences.TradeoffLicense(a.Name, ma.License!, b.Name, mb.License!)));
        }

        var longer = LargerLimit(ma.MaxOutput, mb.MaxOutput);
        if (longer is Side.A or Side.B)
        {
            var (x, y) = (Of(longer), Of(Other(longer)));
            list.Add(new(TradeoffKind.MaxOutput, longer, Sentences.TradeoffMaxOutput(x.Name, x.Model.MaxOutput!.Value, y.Name, y.Model.MaxOutput!.Value))
            {
                Edge = Sentences.EdgeMaxOutput(x.Model.MaxOutput!.Value, y.Model.MaxOutput!.Value),
            });
        }

        if (ma.KnowledgeCutoff is { } ka && mb.KnowledgeCutoff is { } kb && Comparable(ka, kb) && ka != kb)
        {
            var later = ka > kb ? Side.A : Side.B;
            var (x, y) = (Of(later), Of(Other(later)));
            list.Add(new(TradeoffKind.KnowledgeCutoff, later, Sentences.TradeoffKnowledgeCutoff(x.Name, x.Model.KnowledgeCutoff!.Value, y.Name, y.Model.KnowledgeCutoff!.Value))
            {
                Edge = Sentences.EdgeKnowledgeCutoff,
            });
        }

        if (ma.ReleaseDate is { } ra && mb.ReleaseDate is { } rb && ra != rb)
        {
            var newer = ra > rb ? Side.A : Side.B;
            var (x, y) = (Of(newer), Of(Other(newer)));
            list.Add(new(TradeoffKind.Release, newer, Sentences.TradeoffRelease(x.Name, x.Model.ReleaseDate!.Value, y.Name, y.Model.ReleaseDate!.Value))
            {
                Edge = Sentences.EdgeNewer,
            });
        }

        return [.. list];
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
