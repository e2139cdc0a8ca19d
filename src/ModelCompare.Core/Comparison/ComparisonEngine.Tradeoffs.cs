using System.Collections.Immutable;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static ImmutableArray<Tradeoff> Tradeoffs(ModelFacts a, ModelFacts b)
    {
        var list = new List<Tradeoff>();
        var (ma, mb) = (a.Model, b.Model);

        if (ma.ContextWindow is { } ca && mb.ContextWindow is { } cb && ca != cb)
        {
            list.Add(ca > cb
                ? new(TradeoffKind.Context, Side.A, Sentences.TradeoffContext(a.Name, ca, b.Name, cb))
                : new(TradeoffKind.Context, Side.B, Sentences.TradeoffContext(b.Name, cb, a.Name, ca)));
        }

        if (a.CheapestAtTraffic is { } pa && b.CheapestAtTraffic is { } pb)
        {
            if (pa.MonthlyText != pb.MonthlyText)
            {
                list.Add(pa.Monthly < pb.Monthly
                    ? new(TradeoffKind.Price, Side.A, Sentences.TradeoffPrice(a.Name, pa.Monthly, b.Name, pb.Monthly))
                    : new(TradeoffKind.Price, Side.B, Sentences.TradeoffPrice(b.Name, pb.Monthly, a.Name, pa.Monthly)));
            }
        }
        else if (a.CheapestAtTraffic is not null || b.CheapestAtTraffic is not null)
        {
            var side = a.CheapestAtTraffic is not null ? Side.A : Side.B;
            list.Add(new(TradeoffKind.Price, side, Sentences.TradeoffOnlyPriced(side == Side.A ? a.Name : b.Name)));
        }

        var (na, nb) = (a.ProviderSlugs.Length, b.ProviderSlugs.Length);
        if (na != nb)
        {
            list.Add(na > nb
                ? new(TradeoffKind.ProviderCoverage, Side.A, Sentences.TradeoffProviders(a.Name, na, b.Name, nb))
                : new(TradeoffKind.ProviderCoverage, Side.B, Sentences.TradeoffProviders(b.Name, nb, a.Name, na)));
        }

        foreach (var (x, y, side) in new[] { (a, b, Side.A), (b, a, Side.B) })
        {
            var only = OnlyIn(x.Model, y.Model);
            if (only.Count > 0)
            {
                list.Add(new(TradeoffKind.Capabilities, side, Sentences.TradeoffCapabilities(x.Name, only, y.Name)));
            }
        }

        foreach (var (x, y, side) in new[] { (a, b, Side.A), (b, a, Side.B) })
        {
            var unconfirmed = UnconfirmedIn(x.Model, y.Model);
            if (unconfirmed.Count > 0)
            {
                list.Add(new(TradeoffKind.UnconfirmedCapabilities, side, Sentences.TradeoffUnconfirmed(x.Name, unconfirmed, y.Name)));
            }
        }

        foreach (var (x, y, side) in new[] { (a, b, Side.A), (b, a, Side.B) })
        {
            var tags = x.DecisionFit.Except(y.DecisionFit).ToList();
            if (tags.Count > 0)
            {
                list.Add(new(TradeoffKind.DecisionFit, side, Sentences.TradeoffDecisionFit(x.Name, tags)));
            }
        }

        if (ma.OpenWeights is { } oa && mb.OpenWeights is { } ob && oa != ob)
        {
            list.Add(oa
                ? new(TradeoffKind.Openness, Side.A, Sentences.TradeoffOpenness(a.Name, ma.License, b.Name, mb.License))
                : new(TradeoffKind.Openness, Side.B, Sentences.TradeoffOpenness(b.Name, mb.License, a.Name, ma.License)));
        }
        else if (LicensesDiffer(ma, mb))
        {
            list.Add(new(TradeoffKind.License, Side.None, Sentences.TradeoffLicense(a.Name, ma.License!, b.Name, mb.License!)));
        }

        if (ma.MaxOutput is { } xa && mb.MaxOutput is { } xb && xa != xb)
        {
            list.Add(xa > xb
                ? new(TradeoffKind.MaxOutput, Side.A, Sentences.TradeoffMaxOutput(a.Name, xa, b.Name, xb))
                : new(TradeoffKind.MaxOutput, Side.B, Sentences.TradeoffMaxOutput(b.Name, xb, a.Name, xa)));
        }

        if (ma.KnowledgeCutoff is { } ka && mb.KnowledgeCutoff is { } kb && Comparable(ka, kb) && ka != kb)
        {
            list.Add(ka > kb
                ? new(TradeoffKind.KnowledgeCutoff, Side.A, Sentences.TradeoffKnowledgeCutoff(a.Name, ka, b.Name, kb))
                : new(TradeoffKind.KnowledgeCutoff, Side.B, Sentences.TradeoffKnowledgeCutoff(b.Name, kb, a.Name, ka)));
        }

        if (ma.ReleaseDate is { } ra && mb.ReleaseDate is { } rb && ra != rb)
        {
            list.Add(ra > rb
                ? new(TradeoffKind.Release, Side.A, Sentences.TradeoffRelease(a.Name, ra, b.Name, rb))
                : new(TradeoffKind.Release, Side.B, Sentences.TradeoffRelease(b.Name, rb, a.Name, ra)));
        }

        return [.. list];
    }
}
