using System.Collections.Immutable;

namespace ModelCompare.Comparison;

/// <summary>Which rule decided a verdict.</summary>
public enum VerdictReason
{
    /// <summary>One model is retired; the other is recommended.</summary>
    Retired,
    /// <summary>One side has the general advantages (a lower bill, a benchmark lead) and the other none.</summary>
    Wins,
    /// <summary>One side costs less and the other leads on benchmarks: a choice that names both.</summary>
    Split,
    /// <summary>No general advantage: the side (or sides) with capabilities, limits or openness the other lacks.</summary>
    Needs,
    /// <summary>Only smaller edges (providers, knowledge cutoff, release, retirement) separate them.</summary>
    SmallerEdges,
    /// <summary>Nothing in the catalog separates them.</summary>
    NoDifference,
}

/// <summary>
/// The pair verdict's rules, in the order they apply. The verdict first says which bills it compares, in
/// words ("At list prices, for 1,000M input and 200M output tokens a month, ..."), and it draws every
/// advantage it names from the pair's tradeoffs, so the two never disagree.
/// </summary>
/// <remarks>
/// <list type="number">
/// <item><b>Retirement first.</b> A retired or retiring model says so before anything else. When exactly one
/// of the two is retired, the other is recommended.</item>
/// <item><b>Cost at the chosen basis.</b> The bills at the page's basis (list, else market, prices by
/// default; the cheapest route; or one provider for both) and traffic. Bills within
/// <see cref="PriceRules.SamePriceTolerance"/> cost about the same and favour neither side; when only one
/// model has a bill, having a price is its advantage.</item>
/// <item><b>Like-for-like benchmark leads.</b> Shared benchmarks (same benchmark, same setting): the side that
/// leads on more of them has a benchmark lead.</item>
/// <item>When one side has the lower bill or the benchmark lead and the other has neither, it is
/// recommended; the other side's needs (next rule) are named as the reason to choose it anyway, else its
/// smaller edges, else the verdict says it has nothing to set against that. When one side costs less and
/// the other leads on benchmarks, the verdict names both choices.</item>
/// <item><b>Limits, capabilities and openness.</b> A context window or largest output at least
/// <see cref="ComparisonEngine.LimitTolerance"/> larger (smaller differences are ignored), capabilities the
/// other explicitly lacks, open weights against closed. Without a general advantage, the side with these
/// is recommended; both sides with some make a choice that names each.</item>
/// <item><b>Smaller edges.</b> More providers, capabilities the other side does not record, decision-fit tags,
/// a later knowledge cutoff, a newer release, no retirement date: they decide only when nothing above does.</item>
/// <item>Otherwise the verdict says nothing in the catalog separates them.</item>
/// </list>
/// </remarks>
public static class VerdictRules
{
    /// <summary>Tradeoffs that weigh against a lower bill: what a buyer may need.</summary>
    public static readonly ImmutableArray<TradeoffKind> NeedKinds =
        [TradeoffKind.Capabilities, TradeoffKind.Context, TradeoffKind.MaxOutput, TradeoffKind.Openness];

    /// <summary>Tradeoffs that decide only when nothing else does.</summary>
    public static readonly ImmutableArray<TradeoffKind> SmallerKinds =
        [TradeoffKind.Retirement, TradeoffKind.ProviderCoverage, TradeoffKind.UnconfirmedCapabilities, TradeoffKind.DecisionFit, TradeoffKind.KnowledgeCutoff, TradeoffKind.Release];

    internal static VerdictSection Verdict(
        ModelFacts a,
        ModelFacts b,
        ComparisonEngine.PairBills bills,
        BenchmarkSection benchmarks,
        ImmutableArray<Tradeoff> tradeoffs,
        DateOnly today,
        string? successorA = null,
        string? successorB = null)
    {
        string Name(Side side) => side == Side.A ? a.Name : b.Name;
        List<string> Edges(Side side, ImmutableArray<TradeoffKind> kinds) =>
            [.. tradeoffs.Where(t => t.Favors == side && kinds.Contains(t.Kind) && t.Edge is not null).Select(t => t.Edge!)];
        VerdictSection Result(Side recommended, VerdictReason reason, List<string> sentences, Side costSide = Side.None, Side benchSide = Side.None, List<string>? needs = null, List<string>? smaller = null) =>
            new(recommended, bills.Cheaper, [.. sentences])
            {
                Reason = reason,
                Grounds = new VerdictGrounds(costSide, benchSide, [.. needs ?? []], [.. smaller ?? []], sentences[^1]),
            };

        var sentences = new List<string>();
        foreach (var (f, successor) in new[] { (a, successorA), (b, successorB) })
        {
            if (Sentences.Status(f.Model, today, successor) is { } status)
            {
                sentences.Add(status);
            }
        }

        sentences.Add(CostSentence(a, b, bills));
        if (AssumptionSentence(a, b, bills) is { } assumption)
        {
            sentences.Add(assumption);
        }

        var retiredA = ModelLifecycle.IsRetired(a.Model, today);
        var retiredB = ModelLifecycle.IsRetired(b.Model, today);
        if (retiredA != retiredB)
        {
            var live = retiredA ? Side.B : Side.A;
            sentences.Add(Sentences.VerdictRetiredChoose(Name(live), Name(retiredA ? Side.A : Side.B)));
            return Result(live, VerdictReason.Retired, sentences);
        }

        var costSide = bills.Cheaper switch
        {
            Side.A or Side.B => bills.Cheaper,
            Side.None when bills.A is not null => Side.A,
            Side.None when bills.B is not null => Side.B,
            _ => Side.None,
        };
        var benchSide = ComparisonEngine.BenchmarkLeader(benchmarks);
        if (benchSide is Side.A or Side.B)
        {
            sentences.Add(tradeoffs.First(t => t.Kind == TradeoffKind.Benchmarks).Text);
        }

        var general = new[] { costSide, benchSide }.Where(s => s is Side.A or Side.B).Distinct().ToList();
        if (general.Count == 1)
        {
            var winner = general[0];
            var loser = winner == Side.A ? Side.B : Side.A;
            var needs = Edges(loser, NeedKinds);
            var smaller = Edges(loser, SmallerKinds);
            sentences.Add(
                needs.Count > 0 ? Sentences.VerdictOnlyIf(Name(loser), needs, Name(winner))
                : smaller.Count > 0 ? Sentences.VerdictUnless(Name(winner), Name(loser), smaller)
                : Sentences.VerdictNoOffset(Name(loser), Name(winner)));
            return Result(winner, VerdictReason.Wins, sentences, costSide, benchSide, needs, smaller);
        }

        if (general.Count == 2)
        {
            var cheap = Edges(costSide, [TradeoffKind.Price]).Concat(Edges(costSide, NeedKinds)).ToList();
            var lead = Edges(benchSide, [TradeoffKind.Benchmarks]).Concat(Edges(benchSide, NeedKinds)).ToList();
            sentences.Add(Sentences.VerdictEach(Name(costSide), cheap, Name(benchSide), lead));
            return Result(Side.Tie, VerdictReason.Split, sentences, costSide, benchSide);
        }

        var (needsA, needsB) = (Edges(Side.A, NeedKinds), Edges(Side.B, NeedKinds));
        if (needsA.Count > 0 || needsB.Count > 0)
        {
            var (side, text) = (needsA.Count > 0, needsB.Count > 0) switch
            {
                (true, false) => (Side.A, Sentences.VerdictAdds(a.Name, needsA)),
                (false, true) => (Side.B, Sentences.VerdictAdds(b.Name, needsB)),
                _ => (Side.Tie, Sentences.VerdictEach(a.Name, needsA, b.Name, needsB)),
            };
            sentences.Add(text);
            return Result(side, VerdictReason.Needs, sentences);
        }

        var (smallA, smallB) = (Edges(Side.A, SmallerKinds), Edges(Side.B, SmallerKinds));
        if (smallA.Count > 0 || smallB.Count > 0)
        {
            var side = (smallA.Count > 0, smallB.Count > 0) switch
            {
                (true, false) => Side.A,
                (false, true) => Side.B,
                _ => Side.Tie,
            };
            sentences.Add(Sentences.VerdictLittleSeparates(a.Name, smallA, b.Name, smallB));
            return Result(side, VerdictReason.SmallerEdges, sentences);
        }

        sentences.Add(Sentences.VerdictNoDifference());
        return Result(Side.Tie, VerdictReason.NoDifference, sentences);
    }

    /// <summary>
    /// When a bill in the cost sentence counts assumed reasoning tokens, what the gap rests on, said right after it
    /// (<see cref="Sentences.VerdictAssumedReasoning"/>); null when neither bill assumes any or a side has no bill.
    /// The FAQ's cost answer says the same after its own figures.
    /// </summary>
    internal static string? AssumptionSentence(ModelFacts a, ModelFacts b, ComparisonEngine.PairBills bills)
    {
        if (bills.A is not { } x || bills.B is not { } y || (x.AssumedReasoning == 0m && y.AssumedReasoning == 0m))
        {
            return null;
        }

        var percent = x.AssumedReasoningPercent ?? y.AssumedReasoningPercent ?? 0m;
        return Sentences.VerdictAssumedReasoning(a.Name, x.Monthly, x.AssumedReasoning, b.Name, y.Monthly, y.AssumedReasoning, percent);
    }

    /// <summary>The verdict's cost sentence, in the page's basis and traffic.</summary>
    private static string CostSentence(ModelFacts a, ModelFacts b, ComparisonEngine.PairBills bills)
    {
        var traffic = a.Traffic.Text;
        return (bills.A, bills.B, bills.Cheaper) switch
        {
            ({ } x, { } y, Side.A) => Sentences.VerdictCheaper(bills.BasisPhrase, traffic, a.Name, x.Monthly, b.Name, y.Monthly),
            ({ } x, { } y, Side.B) => Sentences.VerdictCheaper(bills.BasisPhrase, traffic, b.Name, y.Monthly, a.Name, x.Monthly),
            ({ } x, { } y, _) => Sentences.VerdictSamePrice(bills.BasisPhrase, traffic, a.Name, x.Monthly, b.Name, y.Monthly),
            ({ } x, null, _) => Sentences.VerdictOnlyPriced(bills.BasisPhrase, traffic, a.Name, x.Monthly, b.Name),
            (null, { } y, _) => Sentences.VerdictOnlyPriced(bills.BasisPhrase, traffic, b.Name, y.Monthly, a.Name),
            _ => Sentences.VerdictNeitherPriced(bills.BasisPhrase),
        };
    }
}
