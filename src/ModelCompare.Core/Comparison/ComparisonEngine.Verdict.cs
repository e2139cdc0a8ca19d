namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>
    /// The verdict's rules, in order:
    /// 1. Both priced and the cheaper bill is at least 5% below the other: recommend the cheaper model and
    ///    name what the dearer one offers that the cheaper lacks (capabilities it has and the other
    ///    explicitly lacks, a larger context window), or say it offers nothing to set against the price.
    /// 2. Only one priced: recommend it, since its bill can be planned; name what the unpriced one adds.
    /// 3. Bills within 5%, or neither priced: recommend the side with advantages when only one has any;
    ///    a tie that names each side's advantages when both do; a tie saying there is no difference otherwise.
    /// </summary>
    private static VerdictSection Verdict(ModelFacts a, ModelFacts b)
    {
        var (costA, costB) = (a.CheapestAtTraffic?.Monthly, b.CheapestAtTraffic?.Monthly);
        if (costA is { } ca && costB is { } cb)
        {
            var (cheap, dear, cheapCost, dearCost, side) = ca <= cb ? (a, b, ca, cb, Side.A) : (b, a, cb, ca, Side.B);
            if (cheapCost < dearCost * (1m - SamePriceTolerance))
            {
                var needs = Needs(dear, cheap);
                return new VerdictSection(side,
                [
                    Sentences.VerdictCheaper(cheap.Name, cheapCost, dear.Name, dearCost),
                    needs.Count > 0 ? Sentences.VerdictOnlyIf("Choose", dear.Name, needs, cheap.Name) : Sentences.VerdictNoOffset(dear.Name),
                ]);
            }

            var (s, text) = ByAdvantages(a, b);
            return new VerdictSection(s, [Sentences.VerdictSamePrice(a.Name, ca, b.Name, cb), text]);
        }

        if (costA is not null || costB is not null)
        {
            var (priced, unpriced, side) = costA is not null ? (a, b, Side.A) : (b, a, Side.B);
            var needs = Needs(unpriced, priced);
            return new VerdictSection(side,
            [
                Sentences.VerdictOnlyPriced(priced.Name, priced.CheapestAtTraffic!.Monthly),
                .. needs.Count > 0 ? [Sentences.VerdictOnlyIf("Consider", unpriced.Name, needs, priced.Name)] : Array.Empty<string>(),
            ]);
        }

        var (tieSide, reason) = ByAdvantages(a, b);
        return new VerdictSection(tieSide, [Sentences.VerdictNeitherPriced(), reason]);
    }

    private static (Side Side, string Text) ByAdvantages(ModelFacts a, ModelFacts b)
    {
        var aAdds = Adds(a, b);
        var bAdds = Adds(b, a);
        return (aAdds.Count > 0, bAdds.Count > 0) switch
        {
            (true, false) => (Side.A, Sentences.VerdictAdds(a.Name, aAdds)),
            (false, true) => (Side.B, Sentences.VerdictAdds(b.Name, bAdds)),
            (true, true) => (Side.Tie, Sentences.VerdictEach(a.Name, aAdds, b.Name, bAdds)),
            _ => (Side.Tie, Sentences.VerdictNoDifference()),
        };
    }

    private static List<string> Needs(ModelFacts x, ModelFacts y)
    {
        var list = OnlyIn(x.Model, y.Model).Select(Formatting.CapabilityPhrase).ToList();
        if (LargerContext(x.Model, y.Model))
        {
            list.Add(Sentences.NeedLargerContext(y.Model.ContextWindow!.Value));
        }

        return list;
    }

    private static List<string> Adds(ModelFacts x, ModelFacts y)
    {
        var list = OnlyIn(x.Model, y.Model).Select(Formatting.CapabilityPhrase).ToList();
        if (LargerContext(x.Model, y.Model))
        {
            list.Add(Sentences.LargerContextWindow);
        }

        return list;
    }
}
