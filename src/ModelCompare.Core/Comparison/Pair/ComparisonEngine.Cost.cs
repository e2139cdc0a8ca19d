using ModelCompare.Catalog;

namespace ModelCompare.Comparison;

public sealed partial class ComparisonEngine
{
    /// <summary>Each model's bill at the page's basis and traffic, the cheapest route beside it, and the gap.</summary>
    private static MonthlyCostSection MonthlyCost(ModelFacts a, ModelFacts b, PairBills bills, TrafficProfile traffic)
    {
        var notes = new List<string>();
        foreach (var (f, bill) in new[] { (a, bills.A), (b, bills.B) })
        {
            if (bill is null)
            {
                continue;
            }

            if (bill.Route is { } route)
            {
                var tiers = route.Standing!.Route.Tiers;
                if (!tiers.IsDefaultOrEmpty)
                {
                    notes.Add(route.AboveTokens is { } above
                        ? Sentences.CostTierApplied(route, above, traffic)
                        : Sentences.CostTierNote(route, tiers[0].AboveTokens, traffic));
                }

                if (traffic.Tier != ServiceTier.Standard && route.ServiceTier != traffic.Tier)
                {
                    notes.Add(Sentences.BillTierMissing(route.RouteName, traffic.Tier));
                }

                if (route.Standing.IsUnusuallyLow)
                {
                    notes.Add(route.Standing.Note!);
                }
            }

            if (f.Model.Thinking == ThinkingMode.Unknown)
            {
                notes.Add(Sentences.BillThinkingUnknown(f.Name));
            }

            if (bill.Route is null && traffic.Tier != ServiceTier.Standard)
            {
                notes.Add(Sentences.CostMarketTierNote(f.Name, traffic.Tier));
            }

            if (traffic.CachePercent > 0m && bill.CacheReadPrice is null && !(bill.InputPrice == 0m && bill.OutputPrice == 0m))
            {
                notes.Add(bill.Route is { } r ? Sentences.CostNoCacheReadNote(r) : Sentences.CostMarketNoCacheReadNote(f.Name));
            }
        }

        notes.Add(Sentences.CostScopeNote);

        decimal? gap = bills.A is { } x && bills.B is { } y ? Math.Abs(x.Monthly - y.Monthly) : null;
        var gapText = (bills.A, bills.B, bills.Cheaper) switch
        {
            ({ } pa, { } pb, Side.A) => Sentences.CostGap(bills.BasisPhrase, a.Name, pa.Monthly, b.Name, pb.Monthly),
            ({ } pa, { } pb, Side.B) => Sentences.CostGap(bills.BasisPhrase, b.Name, pb.Monthly, a.Name, pa.Monthly),
            ({ } pa, { } pb, _) => Sentences.CostSame(bills.BasisPhrase, pa.Monthly, pb.Monthly),
            _ => Sentences.CostGapUnavailable([.. new[] { (a, bills.A), (b, bills.B) }.Where(p => p.Item2 is null).Select(p => p.Item1.Name)]),
        };

        return new MonthlyCostSection(traffic.Text, bills.BasisPhrase, Sentences.CostBasisText(bills.Choice.Basis, bills.BasisPhrase), CostOf(a, bills.A), CostOf(b, bills.B), gap, bills.Cheaper, gapText, [.. notes]);
    }

    private static ModelCost CostOf(ModelFacts f, ModelBill? bill)
    {
        var billedKey = bill?.Route?.RouteKey;
        var cheapest = f.CheapestAtTraffic is { } c && c.RouteKey != billedKey ? c : null;
        return new ModelCost(
            f.Slug,
            f.Name,
            bill,
            bill?.MonthlyText ?? Sentences.Unavailable,
            bill is null ? f.NoPriceReason ?? Sentences.NotAvailable(f.Name) : Sentences.BillSource(bill),
            cheapest,
            cheapest is null ? null : Sentences.CostCheapestBeside(cheapest),
            [.. f.RouteCosts.Where(r => r.RouteKey != billedKey && r.RouteKey != cheapest?.RouteKey).Take(3)]);
    }
}
