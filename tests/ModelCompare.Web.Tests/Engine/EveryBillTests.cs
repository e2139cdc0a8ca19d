using System.Collections.Concurrent;
using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Web.Tests.Engine;

/// <summary>
/// Invariants of the itemised bill over the real catalog: each side of every pair page is one model's bill, so these
/// are checked per model and per route at the presets' traffic, with and without their options.
/// </summary>
[Collection(WholeCatalog.Name)]
public sealed class EveryBillTests(RealCatalog real)
{
    private static IEnumerable<TrafficProfile> Traffics() =>
        WorkloadPreset.All.Select(p => TrafficProfile.FromQuery(null, null, null, p.Key, null, null, null).Profile)
            .Append(new TrafficProfile(1000m, 200m, 50m) { CacheTtl = CacheTtl.OneHour, Thinking = true })
            .Append(TrafficProfile.FromRequests(new RequestShape(1_000m, 300_000m, 1_000m), 30m))
            .Append(TrafficProfile.Default);

    [Fact]
    public void Every_bill_is_the_sum_of_its_lines_none_negative_and_never_below_its_largest_line()
    {
        var catalog = real.Snapshot;
        var failures = new ConcurrentQueue<string>();
        var billed = 0;
        Parallel.ForEach(catalog.Models, model =>
        {
            foreach (var traffic in Traffics())
            {
                var price = real.Engine.PriceOf(model);
                foreach (var cost in price.Routes.Select(r => Pricing.Cost(r, traffic)).OfType<RouteCost>())
                {
                    Interlocked.Increment(ref billed);
                    if (cost.Lines.IsEmpty || cost.Lines.Sum(l => l.Amount) != cost.Monthly || cost.Lines.Any(l => l.Amount < 0m || l.Amount > cost.Monthly))
                    {
                        failures.Enqueue($"{model.Slug} on {cost.RouteKey} at {traffic.Text}: {cost.Monthly} from lines {string.Join(", ", cost.Lines.Select(l => $"{l.Label} {l.Amount}"))}");
                    }
                }
            }
        });

        Assert.True(billed > 1000, $"only {billed} bills");
        Assert.True(failures.IsEmpty, $"{failures.Count} bills disagree with their lines, such as:\n{string.Join('\n', failures.Take(10))}");
    }

    [Fact]
    public void A_batch_or_flex_bill_is_never_above_the_standard_bill_and_a_route_without_the_tier_is_billed_standard()
    {
        var catalog = real.Snapshot;
        var failures = new ConcurrentQueue<string>();
        var discounted = 0;
        Parallel.ForEach(catalog.Models, model =>
        {
            foreach (var traffic in Traffics())
            {
                var standard = traffic with { Tier = ServiceTier.Standard };
                foreach (var route in real.Engine.PriceOf(model).Routes)
                {
                    if (Pricing.Cost(route, standard) is not { } plain)
                    {
                        continue;
                    }

                    foreach (var (tier, has) in new[] { (ServiceTier.Batch, route.Route.BatchPrice is not null), (ServiceTier.Flex, route.Route.FlexPrice is not null) })
                    {
                        var cost = Pricing.Cost(route, traffic with { Tier = tier })!;
                        if (cost.Monthly > plain.Monthly || cost.ServiceTier != (has && !route.IsFreeFromMaker ? tier : ServiceTier.Standard))
                        {
                            failures.Enqueue($"{model.Slug} on {route.Key}, {tier} at {traffic.Text}: {cost.Monthly} ({cost.ServiceTier}) against standard {plain.Monthly}");
                        }
                        else if (cost.Monthly < plain.Monthly)
                        {
                            Interlocked.Increment(ref discounted);
                        }
                    }
                }
            }
        });

        Assert.True(discounted > 100, $"only {discounted} discounted bills");
        Assert.True(failures.IsEmpty, $"{failures.Count} service-tier bills are wrong, such as:\n{string.Join('\n', failures.Take(10))}");
    }
}
