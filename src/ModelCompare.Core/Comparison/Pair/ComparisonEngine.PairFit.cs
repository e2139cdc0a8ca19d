using System.Collections.Immutable;
using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The two models' decision-fit tags and "best for" as a pair page states them. A tag one model has and the
    /// other lacks stays only when the evidence both share supports it (see <see cref="FitSupport"/>); "best for"
    /// is worded again from the tags that stay, unless an editor set it. <see cref="PairFitResult.UnscoredA"/> and
    /// <see cref="PairFitResult.UnscoredB"/> are the tags a side keeps because the other has no score of their kind.
    /// </summary>
    private static PairFitResult PairFit(CatalogSnapshot catalog, ModelFacts a, ModelFacts b, BenchmarkSection benchmarks)
    {
        var (fa, ua) = Kept(catalog, a, b, Side.A, benchmarks);
        var (fb, ub) = Kept(catalog, b, a, Side.B, benchmarks);
        return new PairFitResult(fa, fb, ua, ub);
    }

    private static (ModelFacts Facts, ImmutableArray<DecisionFit> Unscored) Kept(CatalogSnapshot catalog, ModelFacts x, ModelFacts y, Side side, BenchmarkSection benchmarks)
    {
        var dropped = new List<DecisionFit>();
        var unscored = new List<DecisionFit>();
        foreach (var tag in x.DecisionFit.Except(y.DecisionFit))
        {
            switch (FitSupport(catalog, x, y, side, benchmarks, tag))
            {
                case FitEvidence.Contradicted:
                    dropped.Add(tag);
                    break;
                case FitEvidence.OtherUnscored:
                    unscored.Add(tag);
                    break;
            }
        }

        if (dropped.Count == 0)
        {
            return (x, [.. unscored]);
        }

        var ranked = x.DecisionFitFromEditor
            ? [.. DecisionRules.BestForPriority.Where(x.DecisionFit.Contains)]
            : DecisionRules.Ranked(x.Model, x.Distinctions);
        var kept = ranked.Where(t => !dropped.Contains(t)).ToList();
        var facts = x with
        {
            DecisionFit = [.. x.DecisionFit.Where(t => !dropped.Contains(t))],
            BestFor = x.BestForFromEditor ? x.BestFor : DecisionRules.BestFor(kept),
        };
        return (facts, [.. unscored]);
    }

    /// <summary>
    /// Whether the evidence on a pair page supports a tag that <paramref name="x"/> (on <paramref name="side"/>)
    /// has and <paramref name="y"/> lacks:
    /// <list type="bullet">
    /// <item>long context: <paramref name="x"/> has the larger context window (by <see cref="LimitTolerance"/>),
    /// or <paramref name="y"/>'s is unknown, and does not trail on the shared long-context benchmarks;</item>
    /// <item>budget: <paramref name="x"/>'s list or market price is lower, or <paramref name="y"/> has none;</item>
    /// <item>self-hosting and RAG: facts of the model (open weights; a long window with prompt caching);</item>
    /// <item>a workload with benchmarks (coding, agents, reasoning, multimodal, chat): <paramref name="x"/> leads on
    /// more of the shared benchmarks of that kind with comparable scores than <paramref name="y"/>; with none
    /// shared, only when <paramref name="y"/> has no score of that kind at all (and the page says so), never for
    /// general chat.</item>
    /// </list>
    /// </summary>
    private static FitEvidence FitSupport(CatalogSnapshot catalog, ModelFacts x, ModelFacts y, Side side, BenchmarkSection benchmarks, DecisionFit tag)
    {
        switch (tag)
        {
            case DecisionFit.SelfHosting or DecisionFit.Rag:
                return FitEvidence.Supported;
            case DecisionFit.Budget:
                return y.Price.ReferenceBlend is not { } cheaper || x.Price.ReferenceBlend < cheaper ? FitEvidence.Supported : FitEvidence.Contradicted;
        }

        var rows = benchmarks.Shared.Where(r => r.Leader != Side.None && DecisionRules.FitOf(r.Category) == tag).ToList();
        var other = side == Side.A ? Side.B : Side.A;
        var ahead = rows.Count(r => r.Leader == side) > rows.Count(r => r.Leader == other);
        if (tag == DecisionFit.LongContext)
        {
            var larger = side == Side.A ? LargerLimit(x.RankingContext, y.RankingContext) : LargerLimit(y.RankingContext, x.RankingContext);
            var window = larger == side || (y.RankingContext is null && x.RankingContext is not null);
            return window && (rows.Count == 0 || ahead) ? FitEvidence.Supported : FitEvidence.Contradicted;
        }

        if (rows.Count > 0)
        {
            return ahead ? FitEvidence.Supported : FitEvidence.Contradicted;
        }

        var scored = y.Scores.Any(s => catalog.FindBenchmark(s.BenchmarkSlug) is { } bm && DecisionRules.FitOf(bm.Category) == tag);
        return scored || tag == DecisionFit.Chat ? FitEvidence.Contradicted : FitEvidence.OtherUnscored;
    }

    private enum FitEvidence
    {
        Supported,
        OtherUnscored,
        Contradicted,
    }

    private sealed record PairFitResult(ModelFacts A, ModelFacts B, ImmutableArray<DecisionFit> UnscoredA, ImmutableArray<DecisionFit> UnscoredB);
}
