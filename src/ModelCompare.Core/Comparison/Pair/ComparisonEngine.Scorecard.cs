using System.Collections.Immutable;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The decision scorecard. Where "best for" or the decision-fit tags read the same on both sides, each
    /// side's cell says what sets that side apart instead (its first edge in the tradeoffs).
    /// </summary>
    private static ImmutableArray<ScorecardRow> Scorecard(ModelFacts a, ModelFacts b, PairBills bills, BenchmarkSection benchmarks, ImmutableArray<Tradeoff> tradeoffs)
    {
        string? Edge(Side side) => tradeoffs
            .Where(t => t.Favors == side && t.Edge is not null)
            .OrderBy(t => t.Kind switch { TradeoffKind.Price => 0, TradeoffKind.Benchmarks => 1, _ when VerdictRules.NeedKinds.Contains(t.Kind) => 2, _ => 3 })
            .Select(t => t.Edge)
            .FirstOrDefault();
        var sameBestFor = string.Equals(a.BestFor, b.BestFor, StringComparison.OrdinalIgnoreCase);
        var (fitA, fitB) = (FitText(a), FitText(b));
        var sameFit = fitA == fitB;
        var leadsA = benchmarks.Leads(Side.A);
        var leadsB = benchmarks.Leads(Side.B);
        return
        [
            new(ScorecardSignal.BestFor, "Best for",
                sameBestFor ? Sentences.ScorecardSame(a.BestFor, Edge(Side.A), b.Name) : a.BestFor,
                sameBestFor ? Sentences.ScorecardSame(b.BestFor, Edge(Side.B), a.Name) : b.BestFor,
                Side.None),
            new(ScorecardSignal.DecisionFit, "Decision fit",
                sameFit ? Sentences.ScorecardSame(fitA, Edge(Side.A), b.Name) : fitA,
                sameFit ? Sentences.ScorecardSame(fitB, Edge(Side.B), a.Name) : fitB,
                Side.None),
            new(ScorecardSignal.ContextWindow, "Context window", ContextCell(a), ContextCell(b), LargerLimit(a.RankingContext, b.RankingContext)),
            // The check goes to the lower bill, as in the verdict; when that gap rests on assumed reasoning tokens, the
            // checked cell says so, as the verdict's next sentence does.
            new(ScorecardSignal.Price, "Price per 1M tokens (input / output)",
                Sentences.ScorecardPrice(bills.A, restsOnAssumption: bills.GapRestsOnAssumption && bills.Cheaper == Side.A),
                Sentences.ScorecardPrice(bills.B, restsOnAssumption: bills.GapRestsOnAssumption && bills.Cheaper == Side.B),
                bills.Cheaper)
            {
                RestsOnAssumption = bills.GapRestsOnAssumption,
            },
            // Providers, not routes: a provider selling one model two ways (a batch route, a region) is one place to buy
            // it, as the tradeoffs, the FAQ and the profile count it.
            new(ScorecardSignal.Providers, "Providers", Formatting.Plural(a.ProviderSlugs.Length, "provider"), Formatting.Plural(b.ProviderSlugs.Length, "provider"), Better(a.ProviderSlugs.Length, b.ProviderSlugs.Length, higherIsBetter: true)),
            new(ScorecardSignal.SharedBenchmarks, "Shared benchmarks led",
                Sentences.ScorecardLeads(leadsA, benchmarks.Compared, benchmarks.Shared.Length),
                Sentences.ScorecardLeads(leadsB, benchmarks.Compared, benchmarks.Shared.Length),
                BenchmarkLeader(benchmarks)),
        ];
    }

    /// <summary>The context the pair is compared by, with the maker's figure beside it when no route serves it in full.</summary>
    private static string ContextCell(ModelFacts f) => Sentences.ContextCell(f.Model.ContextWindow, f.RankingContext);

    private static string FitText(ModelFacts f) => Formatting.JoinList(f.DecisionFit.Select(Formatting.DecisionFitName));
}
