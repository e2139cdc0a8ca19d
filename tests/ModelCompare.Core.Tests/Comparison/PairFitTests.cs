using ModelCompare.Catalog;
using ModelCompare.Comparison;
using static ModelCompare.Core.Tests.TestCatalogBuilder;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>A decision-fit tag one model of a pair has and the other lacks must agree with the evidence both share.</summary>
public class PairFitTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog);

    private static PairComparison Compare(CatalogSnapshot catalog) =>
        Engine(catalog).Compare(catalog.FindModel("alpha")!, catalog.FindModel("beta")!, TrafficProfile.Default);

    /// <summary>Beta's editor calls it a fit for coding and reasoning, Alpha only for reasoning.</summary>
    private static TestCatalogBuilder Pair(Func<Model, Model>? alpha = null, Func<Model, Model>? beta = null) => new TestCatalogBuilder()
        .Provider("maker", "Maker")
        .Model("alpha", "Alpha", "maker", m => (alpha ?? (x => x))(m with { DecisionFit = [DecisionFit.Reasoning], ContextWindow = 200_000 }))
        .Model("beta", "Beta", "maker", m => (beta ?? (x => x))(m with { DecisionFit = [DecisionFit.Coding, DecisionFit.Reasoning], ContextWindow = 200_000 }))
        .Benchmark("aider", "Aider Polyglot", BenchmarkCategory.Coding)
        .Benchmark("terminal", "Terminal-Bench", BenchmarkCategory.Coding);

    [Fact]
    public void Only_the_model_ahead_on_the_shared_coding_benchmarks_is_called_the_only_fit_for_coding()
    {
        var catalog = Pair()
            .Score("aider", "alpha", 88m).Score("aider", "beta", 79.6m)
            .Score("terminal", "alpha", 49.6m).Score("terminal", "beta", 25.4m)
            .Build();

        var pair = Compare(catalog);

        Assert.DoesNotContain(pair.Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);
        Assert.Equal([DecisionFit.Reasoning], pair.B.DecisionFit.ToArray());
        Assert.Equal("multi-step reasoning", pair.B.BestFor);
        Assert.DoesNotContain("coding", pair.Verdict.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Coding", pair.Scorecard.Single(r => r.Signal == ScorecardSignal.DecisionFit).BText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_ahead_on_more_shared_coding_benchmarks_keeps_its_coding_fit()
    {
        var catalog = Pair()
            .Score("aider", "alpha", 70m).Score("aider", "beta", 79.6m)
            .Score("terminal", "alpha", 30m).Score("terminal", "beta", 35m)
            .Build();

        var fit = Assert.Single(Compare(catalog).Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);

        Assert.Equal((Side.B, "Only Beta is a fit for coding."), (fit.Favors, fit.Text));
    }

    [Fact]
    public void Coding_scores_about_the_same_do_not_make_one_the_only_fit()
    {
        var catalog = Pair()
            .Score("aider", "alpha", 79m).Score("aider", "beta", 79.6m)
            .Build();

        Assert.DoesNotContain(Compare(catalog).Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);
    }

    [Fact]
    public void Without_any_coding_score_for_the_other_the_fit_stands_and_says_so()
    {
        var catalog = Pair().Score("aider", "beta", 79.6m).Build();

        var fit = Assert.Single(Compare(catalog).Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);

        Assert.Equal("Only Beta is a fit for coding. Alpha has no coding benchmark score to set against it.", fit.Text);
    }

    [Fact]
    public void A_coding_score_on_another_benchmark_leaves_nothing_shared_to_support_the_fit()
    {
        var catalog = Pair().Score("aider", "beta", 79.6m).Score("terminal", "alpha", 30m).Build();

        Assert.DoesNotContain(Compare(catalog).Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);
    }

    [Fact]
    public void A_long_context_fit_follows_the_context_windows()
    {
        var smaller = Pair(alpha: m => m with { ContextWindow = 400_000 }, beta: m => m with { DecisionFit = [DecisionFit.LongContext, DecisionFit.Reasoning] }).Build();
        var larger = Pair(alpha: m => m with { ContextWindow = 128_000 }, beta: m => m with { DecisionFit = [DecisionFit.LongContext, DecisionFit.Reasoning] }).Build();

        var pair = Compare(smaller);
        Assert.DoesNotContain(pair.Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);
        Assert.Equal("multi-step reasoning", pair.B.BestFor);
        Assert.Equal("Only Beta is a fit for long-document work.", Assert.Single(Compare(larger).Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit).Text);
    }

    [Fact]
    public void A_larger_window_is_no_long_context_fit_while_the_other_leads_the_shared_long_context_benchmarks()
    {
        var catalog = Pair(alpha: m => m with { ContextWindow = 128_000 }, beta: m => m with { ContextWindow = 1_000_000, DecisionFit = [DecisionFit.LongContext, DecisionFit.Reasoning] })
            .Benchmark("fiction", "Fiction.LiveBench", BenchmarkCategory.LongContext)
            .Score("fiction", "alpha", 80m).Score("fiction", "beta", 40m)
            .Build();

        Assert.DoesNotContain(Compare(catalog).Tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);
    }

    [Fact]
    public void A_fit_that_follows_from_a_capability_only_one_side_has_is_said_once_by_the_capabilities_row()
    {
        var catalog = Pair(
                alpha: m => m with { Capabilities = Caps((Capability.Vision, false)) },
                beta: m => m with { DecisionFit = [DecisionFit.Multimodal, DecisionFit.Reasoning], Capabilities = Caps((Capability.Vision, true)) })
            .Build();

        var tradeoffs = Compare(catalog).Tradeoffs;

        Assert.Equal("Only Beta supports vision; Alpha does not.", Assert.Single(tradeoffs, t => t.Kind == TradeoffKind.Capabilities).Text);
        Assert.DoesNotContain(tradeoffs, t => t.Kind == TradeoffKind.DecisionFit);
    }
}
