namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    private static MonthlyCostSection MonthlyCost(ModelFacts a, ModelFacts b, TrafficProfile traffic)
    {
        var notes = new List<string>();
        foreach (var f in new[] { a, b })
        {
            if (f.CheapestAtTraffic is not { } route)
            {
                continue;
            }

            var tiers = f.Routes.First(r => r.Key == route.RouteKey).Tiers;
            if (!tiers.IsDefaultOrEmpty)
            {
                notes.Add(Sentences.CostTierNote(route, tiers[0].AboveTokens));
            }

            if (traffic.CachePercent > 0m && route.CacheReadPrice is null)
            {
                notes.Add(Sentences.CostNoCacheReadNote(route));
            }
        }

        notes.Add(Sentences.CostScopeNote);

        decimal? gap = null;
        var cheaper = Side.None;
        string gapText;
        if (a.CheapestAtTraffic is { } pa && b.CheapestAtTraffic is { } pb)
        {
            gap = Math.Abs(pa.Monthly - pb.Monthly);
            if (pa.MonthlyText == pb.MonthlyText)
            {
                cheaper = Side.Tie;
                gapText = Sentences.CostSame(pa.Monthly);
            }
            else
            {
                cheaper = pa.Monthly < pb.Monthly ? Side.A : Side.B;
                gapText = cheaper == Side.A
                    ? Sentences.CostGap(a.Name, pa.Monthly, b.Name, pb.Monthly)
                    : Sentences.CostGap(b.Name, pb.Monthly, a.Name, pa.Monthly);
            }
        }
        else
        {
            gapText = Sentences.CostGapUnavailable([.. new[] { a, b }.Where(f => f.CheapestAtTraffic is null).Select(f => f.Name)]);
        }

        return new MonthlyCostSection(traffic.Text, CostOf(a), CostOf(b), gap, cheaper, gapText, [.. notes]);
    }

    private static ModelCost CostOf(ModelFacts f) => new(
        f.Slug,
        f.Name,
        f.CheapestAtTraffic,
        f.CheapestAtTraffic?.MonthlyText ?? Sentences.Unavailable,
        f.CheapestAtTraffic is { } route ? Sentences.CostRoute(route) : f.NoPriceReason!,
        [.. f.RouteCosts.Skip(1).Take(3)]);
}
