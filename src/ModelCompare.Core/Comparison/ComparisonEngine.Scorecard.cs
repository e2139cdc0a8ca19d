using System.Collections.Immutable;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static ImmutableArray<ScorecardRow> Scorecard(ModelFacts a, ModelFacts b, int sharedBenchmarks) =>
    [
        new(ScorecardSignal.BestFor, "Best for", a.BestFor, b.BestFor, Side.None),
        new(ScorecardSignal.DecisionFit, "Decision fit", FitText(a), FitText(b), Side.None),
        new(ScorecardSignal.ContextWindow, "Context window", Formatting.TokensOrUnknown(a.Model.ContextWindow), Formatting.TokensOrUnknown(b.Model.ContextWindow), Better(a.Model.ContextWindow, b.Model.ContextWindow, higherIsBetter: true)),
        new(ScorecardSignal.CheapestOutput, "Cheapest output price", OutputText(a), OutputText(b), Better(a.CheapestOutput?.OutputPrice, b.CheapestOutput?.OutputPrice, higherIsBetter: false)),
        new(ScorecardSignal.ProviderRoutes, "Provider routes", Formatting.Plural(a.Routes.Length, "route"), Formatting.Plural(b.Routes.Length, "route"), Better(a.Routes.Length, b.Routes.Length, higherIsBetter: true)),
        new(ScorecardSignal.SharedBenchmarks, "Shared benchmarks", Formatting.Count(sharedBenchmarks), Formatting.Count(sharedBenchmarks), Side.None),
    ];

    private static string FitText(ModelFacts f) => Formatting.JoinList(f.DecisionFit.Select(Formatting.DecisionFitName));

    private static string OutputText(ModelFacts f) => f.CheapestOutput is { } o
        ? $"{Formatting.PerMillionTokens(o.OutputPrice)} on {o.ProviderName}"
        : "No sourced price";
}
