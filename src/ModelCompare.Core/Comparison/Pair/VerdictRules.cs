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

    /// <summary>
    /// The verdict of a pair: the opening sentences (statuses, cost, what the cost gap rests on), then the first of
    /// the rules above that decides, each adding the sentence that says why.
    /// </summary>
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
        var pair = new VerdictPair(a, b, bills, tradeoffs);
        var sentences = OpeningSentences(a, b, bills, today, successorA, successorB);
        return RetiredVerdict(pair, sentences, today)
            ?? AdvantageVerdict(pair, sentences, benchmarks)
            ?? NeedsVerdict(pair, sentences)
            ?? SmallerEdgesVerdict(pair, sentences)
            ?? NoDifferenceVerdict(pair, sentences);
    }

    /// <summary>Each model's status when it is not active (rule 1), then the cost sentence and what its gap rests on (rule 2).</summary>
    private static List<string> OpeningSentences(ModelFacts a, ModelFacts b, ComparisonEngine.PairBills bills, DateOnly today, string? successorA, string? successorB)
    {
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

        return sentences;
    }

    /// <summary>Rule 1: when exactly one of the two is retired, the other is recommended; null otherwise.</summary>
    private static VerdictSection? RetiredVerdict(VerdictPair pair, List<string> sentences, DateOnly today)
    {
        var retiredA = ModelLifecycle.IsRetired(pair.A.Model, today);
        var retiredB = ModelLifecycle.IsRetired(pair.B.Model, today);
        if (retiredA == retiredB)
        {
            return null;
        }

        var live = retiredA ? Side.B : Side.A;
        sentences.Add(Sentences.VerdictRetiredChoose(pair.Name(live), pair.Name(retiredA ? Side.A : Side.B)));
        return pair.Result(live, VerdictReason.Retired, sentences);
    }

    /// <summary>
    /// Rules 2 to 4: the general advantages (the lower bill, or the only bill; the benchmark lead). One side with
    /// them wins, named with what the other offers against them; each side with one makes a split; null when
    /// neither side has one.
    /// </summary>
    private static VerdictSection? AdvantageVerdict(VerdictPair pair, List<string> sentences, BenchmarkSection benchmarks)
    {
        var bills = pair.Bills;
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
            sentences.Add(pair.Tradeoffs.First(t => t.Kind == TradeoffKind.Benchmarks).Text);
        }

        var general = new[] { costSide, benchSide }.Where(s => s is Side.A or Side.B).Distinct().ToList();
        if (general.Count == 1)
        {
            var winner = general[0];
            var loser = winner == Side.A ? Side.B : Side.A;
            var needs = pair.Edges(loser, NeedKinds);
            var smaller = pair.Edges(loser, SmallerKinds);
            sentences.Add(
                needs.Count > 0 ? Sentences.VerdictOnlyIf(pair.Name(loser), needs, pair.Name(winner))
                : smaller.Count > 0 ? Sentences.VerdictUnless(pair.Name(winner), pair.Name(loser), smaller)
                : Sentences.VerdictNoOffset(pair.Name(loser), pair.Name(winner)));
            return pair.Result(winner, VerdictReason.Wins, sentences, costSide, benchSide, needs, smaller);
        }

        if (general.Count == 2)
        {
            var cheap = pair.Edges(costSide, [TradeoffKind.Price]).Concat(pair.Edges(costSide, NeedKinds)).ToList();
            var lead = pair.Edges(benchSide, [TradeoffKind.Benchmarks]).Concat(pair.Edges(benchSide, NeedKinds)).ToList();
            sentences.Add(Sentences.VerdictEach(pair.Name(costSide), cheap, pair.Name(benchSide), lead));
            return pair.Result(Side.Tie, VerdictReason.Split, sentences, costSide, benchSide);
        }

        return null;
    }

    /// <summary>Rule 5: limits, capabilities and openness; the side with some is recommended, both make a choice; null when neither has any.</summary>
    private static VerdictSection? NeedsVerdict(VerdictPair pair, List<string> sentences)
    {
        var (needsA, needsB) = (pair.Edges(Side.A, NeedKinds), pair.Edges(Side.B, NeedKinds));
        if (needsA.Count == 0 && needsB.Count == 0)
        {
            return null;
        }

        var (side, text) = (needsA.Count > 0, needsB.Count > 0) switch
        {
            (true, false) => (Side.A, Sentences.VerdictAdds(pair.A.Name, needsA)),
            (false, true) => (Side.B, Sentences.VerdictAdds(pair.B.Name, needsB)),
            _ => (Side.Tie, Sentences.VerdictEach(pair.A.Name, needsA, pair.B.Name, needsB)),
        };
        sentences.Add(text);
        return pair.Result(side, VerdictReason.Needs, sentences);
    }

    /// <summary>Rule 6: the smaller edges decide when nothing above does; null when neither side has any.</summary>
    private static VerdictSection? SmallerEdgesVerdict(VerdictPair pair, List<string> sentences)
    {
        var (smallA, smallB) = (pair.Edges(Side.A, SmallerKinds), pair.Edges(Side.B, SmallerKinds));
        if (smallA.Count == 0 && smallB.Count == 0)
        {
            return null;
        }

        var side = (smallA.Count > 0, smallB.Count > 0) switch
        {
            (true, false) => Side.A,
            (false, true) => Side.B,
            _ => Side.Tie,
        };
        sentences.Add(Sentences.VerdictLittleSeparates(pair.A.Name, smallA, pair.B.Name, smallB));
        return pair.Result(side, VerdictReason.SmallerEdges, sentences);
    }

    /// <summary>Rule 7: nothing in the catalog separates them.</summary>
    private static VerdictSection NoDifferenceVerdict(VerdictPair pair, List<string> sentences)
    {
        sentences.Add(Sentences.VerdictNoDifference());
        return pair.Result(Side.Tie, VerdictReason.NoDifference, sentences);
    }

    /// <summary>What every verdict rule reads: the two models, their bills and the tradeoffs the verdict draws its advantages from.</summary>
    private sealed record VerdictPair(ModelFacts A, ModelFacts B, ComparisonEngine.PairBills Bills, ImmutableArray<Tradeoff> Tradeoffs)
    {
        public string Name(Side side) => side == Side.A ? A.Name : B.Name;

        /// <summary>The edges of the tradeoffs of <paramref name="kinds"/> that favour <paramref name="side"/>.</summary>
        public List<string> Edges(Side side, ImmutableArray<TradeoffKind> kinds) =>
            [.. Tradeoffs.Where(t => t.Favors == side && kinds.Contains(t.Kind) && t.Edge is not null).Select(t => t.Edge!)];

        /// <summary>The verdict, its last sentence the rule's reason.</summary>
        public VerdictSection Result(Side recommended, VerdictReason reason, List<string> sentences, Side costSide = Side.None, Side benchSide = Side.None, List<string>? needs = null, List<string>? smaller = null) =>
            new(recommended, Bills.Cheaper, [.. sentences])
            {
                Reason = reason,
                Grounds = new VerdictGrounds(costSide, benchSide, [.. needs ?? []], [.. smaller ?? []], sentences[^1]),
            };
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
