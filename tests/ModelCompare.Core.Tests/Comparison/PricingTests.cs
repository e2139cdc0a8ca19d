using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

public class PricingTests
{
    private static Route Priced(decimal input, decimal output, decimal? cacheRead = null) => new()
    {
        ProviderSlug = "p",
        ModelSlug = "m",
        Price = new TokenPrices(input, output, cacheRead),
        SourceUrl = "https://example.com",
        Checked = TestCatalogBuilder.Reviewed,
    };

    [Fact]
    public void Ten_and_forty_dollars_at_a_thousand_million_in_and_two_hundred_million_out_is_18000()
    {
        var cost = Pricing.Cost(Priced(10m, 40m), "P", TrafficProfile.Default)!;

        Assert.Equal(10_000m, cost.InputCost);
        Assert.Equal(8_000m, cost.OutputCost);
        Assert.Equal(18_000m, cost.Monthly);
        Assert.Equal("$18,000", cost.MonthlyText);
    }

    [Fact]
    public void The_cached_share_of_input_is_billed_at_the_cache_read_price()
    {
        var cost = Pricing.Cost(Priced(2m, 8m, cacheRead: 0.5m), "P", new TrafficProfile(1000m, 200m, 50m))!;

        Assert.Equal(500m * 2m + 500m * 0.5m + 200m * 8m, cost.Monthly);
        Assert.Equal("$2,850", cost.MonthlyText);
    }

    [Fact]
    public void Without_a_cache_read_price_cached_input_costs_the_full_input_price() =>
        Assert.Equal(3_600m, Pricing.Cost(Priced(2m, 8m), "P", new TrafficProfile(1000m, 200m, 50m))!.Monthly);

    [Fact]
    public void Free_tiers_and_incomplete_prices_are_never_costed()
    {
        Assert.Null(Pricing.Cost(Priced(0m, 0m) with { IsFreeTier = true }, "P", TrafficProfile.Default));
        Assert.Null(Pricing.Cost(Priced(1m, 1m) with { Price = new TokenPrices(1m, null) }, "P", TrafficProfile.Default));
        Assert.Null(Pricing.Cost(Priced(1m, 1m) with { Price = null }, "P", TrafficProfile.Default));
    }

    [Fact]
    public void The_blend_is_seventy_percent_input_and_thirty_percent_output()
    {
        Assert.Equal(19m, Pricing.Blend(10m, 40m));
        Assert.Equal(0.289m, Pricing.Blend(0.25m, 0.38m));
    }

    [Fact]
    public void The_cheapest_route_depends_on_the_traffic()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("cheap-in", "Cheap In").Provider("cheap-out", "Cheap Out")
            .Model("m", "M", "maker")
            .Route("cheap-in", "m", 1m, 10m)
            .Route("cheap-out", "m", 3m, 2m)
            .Build();
        var engine = new ComparisonEngine(catalog, FixedClock.ReviewDay);
        var model = catalog.FindModel("m")!;

        var inputHeavy = engine.Describe(model, TrafficProfile.Default);
        var outputHeavy = engine.Describe(model, new TrafficProfile(100m, 1000m));

        Assert.Equal(("cheap-in", 3_000m), (inputHeavy.CheapestAtTraffic!.ProviderSlug, inputHeavy.CheapestAtTraffic.Monthly));
        Assert.Equal(("cheap-out", 2_300m), (outputHeavy.CheapestAtTraffic!.ProviderSlug, outputHeavy.CheapestAtTraffic.Monthly));
    }

    [Fact]
    public void A_tiered_route_is_costed_at_its_base_price_and_a_note_says_so()
    {
        var catalog = ReferenceCatalog.Builder()
            .Model("other", "Other", "openai", m => m with { ContextWindow = 128_000 })
            .Route("azure", "other", 5m, 5m)
            .Build();
        var engine = new ComparisonEngine(catalog, FixedClock.ReviewDay);
        var pair = engine.Compare(catalog.FindModel(ReferenceCatalog.DeepSeek)!, catalog.FindModel("other")!, new TrafficProfile(1000m, 0m, 50m));

        // DeepSeek is billed at its own (list) route; at 50% cache with no output it is also the cheapest,
        // since its cache-read price of $0.028 beats OpenRouter's full input price.
        Assert.Equal("deepseek", pair.MonthlyCost.A.Bill!.Route!.ProviderSlug);
        Assert.Equal(500m * 0.28m + 500m * 0.028m, pair.MonthlyCost.A.Bill.Monthly);
        Assert.Null(pair.MonthlyCost.A.Cheapest);
        Assert.Equal(
            [
                "DeepSeek charges more for prompts above 200K tokens; monthly totals do not say how large a prompt is, so this estimate assumes 1,000 tokens a request and uses its base price (state the traffic per request to bill larger prompts).",
                "No provider lists a cache-read price for Other, so cached input is billed at the full input price.",
                Sentences.CostScopeNote,
            ],
            pair.MonthlyCost.Notes.ToArray());
    }

    [Fact]
    public void A_model_offered_only_on_free_plans_says_a_free_plan_is_not_a_cost()
    {
        var catalog = new TestCatalogBuilder().Provider("p", "P").Model("m", "Free One", "maker")
            .Route("p", "m", 0m, 0m, r => r with { IsFreeTier = true }).Build();

        var facts = new ComparisonEngine(catalog, FixedClock.ReviewDay).Describe(catalog.FindModel("m")!, TrafficProfile.Default);

        Assert.Null(facts.CheapestAtTraffic);
        Assert.Equal("Free One is only offered on free tiers or plans, which show availability, not cost.", facts.NoPriceReason);
    }

    [Fact]
    public void A_model_whose_routes_lack_a_price_says_none_is_sourced_yet()
    {
        var catalog = new TestCatalogBuilder().Provider("p", "P").Model("m", "Unpriced", "maker")
            .Route("p", "m", 1m, null).Build();

        var facts = new ComparisonEngine(catalog, FixedClock.ReviewDay).Describe(catalog.FindModel("m")!, TrafficProfile.Default);

        Assert.Equal("No provider route for Unpriced has a sourced token price yet.", facts.NoPriceReason);
    }
}
