using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The price rules, each on a small catalog with figures worked out by hand.</summary>
public class PriceRulesTests
{
    private static ComparisonEngine Engine(CatalogSnapshot catalog) => new(catalog, FixedClock.ReviewDay);

    private static ModelPrice PriceOf(CatalogSnapshot catalog, string slug = "m") => new ComparisonEngine(catalog).PriceOf(catalog.FindModel(slug)!);

    private static ModelFacts Facts(CatalogSnapshot catalog, string slug = "m") => Engine(catalog).Describe(catalog.FindModel(slug)!, TrafficProfile.Default);

    [Fact]
    public void The_list_price_is_the_makers_own_route_even_when_a_reseller_sells_far_below_it()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("maker", "Maker").Provider("relay", "Relay", SellerKind.Reseller).Provider("router", "Router", SellerKind.Aggregator)
            .Model("m", "M", "maker")
            .Route("maker", "m", 3m, 15m)
            .Route("relay", "m", 0.43m, 2.14m)
            .Route("router", "m", 3m, 15m)
            .Build();

        var price = PriceOf(catalog);

        Assert.Equal((PriceBasis.List, "maker", 3m, 15m), (price.Basis, price.ListRoute!.Key, price.Reference!.Input!.Value, price.Reference.Output!.Value));
        // 0.7 × 3 + 0.3 × 15 = 6.6 against 0.7 × 0.43 + 0.3 × 2.14 = 0.943: (6.6 − 0.943) / 6.6 = 85.7% below.
        Assert.Equal(6.6m, price.ReferenceBlend);
        var relay = price.Standing("relay")!;
        Assert.Equal("relay", price.Cheapest!.Key);
        Assert.True(relay.IsUnusuallyLow);
        Assert.Equal(0.857m, Math.Round(relay.BelowReference!.Value, 3));
        Assert.Equal("unusually low, reseller", relay.Badge);
        Assert.Equal("Unusually low: Relay is 85% below the list price, sold by a reseller.", relay.Note);
        Assert.Equal("list price", price.Standing("maker")!.Badge);
        Assert.Null(price.Standing("router")!.Badge);
        // The headline bill is the list price: 1,000 × $3 + 200 × $15 = $6,000, not the reseller's $858.
        Assert.Equal(6_000m, Facts(catalog).ReferenceBill!.Monthly);
    }

    [Fact]
    public void A_marked_storefront_is_the_makers_own_and_the_plain_route_comes_before_a_variant()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("alibaba", "Alibaba").Provider("alibaba-cn", "Alibaba (China)", SellerKind.Cloud)
            .Model("qwen", "Qwen", "alibaba")
            .Model("qwen-cn", "Qwen CN", "alibaba")
            .Route("alibaba", "qwen", 0.5m, 1.5m, r => r with { Variant = new RouteVariant(RouteVariantKind.Regional, "eu", "EU endpoint") })
            .Route("alibaba", "qwen", 0.4m, 1.2m)
            .Route("alibaba-cn", "qwen", 0.115m, 0.287m, r => r with { IsMakerOwn = true })
            .Route("alibaba-cn", "qwen-cn", 0.115m, 0.287m, r => r with { IsMakerOwn = true })
            .Build();

        var qwen = PriceOf(catalog, "qwen");
        Assert.Equal(("alibaba", 0.4m), (qwen.ListRoute!.Key, qwen.Reference!.Input!.Value));
        var china = qwen.Standing("alibaba-cn")!;
        // The maker's own China price is far below its international one, but it is the maker's: never "unusually low".
        Assert.Equal((true, false, "maker's own"), (china.IsMakerOwn, china.IsUnusuallyLow, china.Badge));
        Assert.Equal("alibaba-cn", qwen.Cheapest!.Key);

        var onlyStorefront = PriceOf(catalog, "qwen-cn");
        Assert.Equal((PriceBasis.List, "alibaba-cn"), (onlyStorefront.Basis, onlyStorefront.ListRoute!.Key));
    }

    [Fact]
    public void The_market_price_is_the_median_of_an_odd_number_of_hosts_each_price_on_its_own()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("a", "A").Provider("b", "B").Provider("c", "C").Provider("plan", "Plan", SellerKind.Plan).Provider("old", "Old")
            .Model("m", "M", "maker")
            .Route("a", "m", 1m, 2m, r => r with { Price = new TokenPrices(1m, 2m, CacheRead: 0.1m) })
            .Route("b", "m", 2m, 4m)
            .Route("c", "m", 10m, 40m, r => r with { Price = new TokenPrices(10m, 40m, CacheRead: 0.5m) })
            .Route("plan", "m", 0.1m, 0.1m)
            .Route("old", "m", 0.01m, 0.01m, r => r with { Status = RouteStatus.Deprecated })
            .Build();

        var price = PriceOf(catalog);

        // Input: median of 1, 2, 10 = 2; output: median of 2, 4, 40 = 4; cache read: mean of 0.1 and 0.5 = 0.3.
        Assert.Equal(PriceBasis.Market, price.Basis);
        Assert.Equal(new TokenPrices(2m, 4m, 0.3m), price.Reference);
        Assert.Equal((3, 3), (price.MarketRoutes, price.MarketProviders));
        // Reference blend 0.7 × 2 + 0.3 × 4 = 2.6; A's blend 0.7 + 0.6 = 1.3 is exactly half: not "more than 50%" below.
        Assert.Equal(2.6m, price.ReferenceBlend);
        Assert.False(price.Standing("a")!.IsUnusuallyLow);
        Assert.Equal(0.5m, price.Standing("a")!.BelowReference);
        Assert.Equal("unusually low, subscription plan", price.Standing("plan")!.Badge);
        Assert.Equal("deprecated, not costed", price.Standing("old")!.Badge);
        // The plan is costed (it is the cheapest priced offer) but never part of the market price.
        Assert.Equal("plan", price.Cheapest!.Key);
        Assert.Equal("Market price: $2 input and $4 output per 1M tokens, the median of 3 providers' prices.", Sentences.PriceHeadline(price));
    }

    [Fact]
    public void The_market_price_of_an_even_number_of_hosts_is_the_mean_of_the_two_middle_prices()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("a", "A").Provider("b", "B").Provider("c", "C").Provider("d", "D")
            .Model("m", "M", "maker")
            .Route("a", "m", 1m, 2m).Route("b", "m", 2m, 4m).Route("c", "m", 3m, 8m).Route("d", "m", 10m, 40m)
            .Build();

        var price = PriceOf(catalog);

        // Input (2 + 3) / 2 = 2.5; output (4 + 8) / 2 = 6; no host lists a cache-read price.
        Assert.Equal(new TokenPrices(2.5m, 6m, null), price.Reference);
        // At 1,000M in (half cached) and 200M out: 1,000 × $2.50 + 200 × $6 = $3,700; without a cache-read median the cache saves nothing.
        var bill = Engine(catalog).Describe(catalog.FindModel("m")!, new TrafficProfile(1000m, 200m, 50m)).ReferenceBill!;
        Assert.Equal((BillBasis.Market, 3_700m), (bill.Basis, bill.Monthly));
        Assert.Equal("Market price: the median of 4 providers' prices", Sentences.BillSource(bill));
    }

    [Fact]
    public void Deprecated_routes_and_routes_whose_history_ends_in_a_removal_are_never_costed()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("maker", "Maker").Provider("gone", "Gone").Provider("host", "Host")
            .Model("m", "M", "maker")
            .Route("maker", "m", 1m, 1m, r => r with { Status = RouteStatus.Deprecated })
            .Route("gone", "m", 0.1m, 0.1m, r => r with
            {
                History = [new PricePoint(new DateOnly(2025, 1, 1), PriceEvent.Added, new TokenPrices(0.1m, 0.1m)), new PricePoint(new DateOnly(2025, 6, 1), PriceEvent.Removed, null)],
            })
            .Route("host", "m", 2m, 2m)
            .Build();

        var facts = Facts(catalog);

        Assert.Equal((PriceBasis.Market, 2m), (facts.Price.Basis, facts.Price.Reference!.Input!.Value));
        Assert.Equal(["host"], facts.RouteCosts.Select(c => c.RouteKey));
        Assert.Equal((RouteExclusion.Deprecated, "deprecated, not costed"), (facts.Price.Standing("maker")!.Exclusion, facts.Price.Standing("maker")!.Badge));
        Assert.Equal((RouteExclusion.Removed, "removed, not costed"), (facts.Price.Standing("gone")!.Exclusion, facts.Price.Standing("gone")!.Badge));
        // They stay on the page, below the costed route.
        Assert.Equal(["host", "maker", "gone"], ComparisonEngine.PricingFor(facts).Rows.Select(r => r.RouteKey));
    }

    [Fact]
    public void A_makers_own_free_route_is_free_from_its_maker_and_costs_nothing()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("zhipuai", "Zhipu AI").Provider("host", "Host").Provider("zhipuai-coding-plan", "Coding Plan", SellerKind.Plan)
            .Model("flash", "GLM Flash", "zhipuai")
            .Model("plan-only", "Plan Only", "zhipuai")
            .Route("zhipuai", "flash", null, null, r => r with { IsFreeTier = true })
            .Route("host", "flash", 0.06m, 0.4m)
            .Route("zhipuai-coding-plan", "plan-only", null, null, r => r with { IsFreeTier = true, IsMakerOwn = true })
            .Build();

        var flash = Facts(catalog, "flash");
        Assert.Equal((PriceBasis.List, true, 0m), (flash.Price.Basis, flash.Price.IsFreeFromMaker, flash.Price.ReferenceBlend!.Value));
        Assert.Equal((0m, "Free from its maker, Zhipu AI (zhipuai)"), (flash.ReferenceBill!.Monthly, Sentences.BillSource(flash.ReferenceBill)));
        Assert.Null(flash.NoPriceReason);
        Assert.False(flash.Price.Standing("host")!.IsUnusuallyLow);
        Assert.Equal("Free from its maker, Zhipu AI.", Sentences.PriceHeadline(flash.Price));

        // A plan is never the maker's list price, free or not.
        var plan = Facts(catalog, "plan-only");
        Assert.Equal((PriceBasis.None, "Plan Only is only offered on free tiers or plans, which show availability, not cost."), (plan.Price.Basis, plan.NoPriceReason));
    }

    [Fact]
    public void Ties_prefer_the_makers_own_route()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("aaa", "AAA").Provider("maker", "Maker")
            .Model("m", "M", "maker")
            .Route("aaa", "m", 1m, 1m)
            .Route("maker", "m", 1m, 1m)
            .Build();

        var facts = Facts(catalog);

        Assert.Equal("maker", facts.Price.Cheapest!.Key);
        Assert.Equal("maker", facts.CheapestAtTraffic!.RouteKey);
        Assert.Equal(["maker", "aaa"], ComparisonEngine.PricingFor(facts).Rows.Select(r => r.RouteKey));
    }

    [Fact]
    public void A_free_tier_of_another_provider_is_not_costed_and_without_a_price_the_reason_is_given()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("free", "Free").Provider("half", "Half")
            .Model("m", "M", "maker")
            .Route("free", "m", null, null, r => r with { IsFreeTier = true })
            .Route("half", "m", 1m, null)
            .Build();

        var facts = Facts(catalog);

        Assert.Equal(PriceBasis.None, facts.Price.Basis);
        Assert.Null(facts.Price.Cheapest);
        Assert.Equal("No provider route for M has a sourced token price yet.", facts.NoPriceReason);
    }

    [Theory]
    [InlineData(100, 105, Side.Tie)]
    [InlineData(105, 100, Side.Tie)]
    [InlineData(100, 106, Side.A)]
    [InlineData(106, 100, Side.B)]
    [InlineData(0, 0, Side.Tie)]
    public void About_the_same_price_is_within_five_percent_of_the_larger_bill(int a, int b, Side expected) =>
        Assert.Equal(expected, PriceRules.Cheaper(a, b));

    [Fact]
    public void A_missing_bill_is_no_comparison() => Assert.Equal(Side.None, PriceRules.Cheaper(null, 1m));

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value_and_of_an_even_count_the_mean_of_the_two_middle()
    {
        Assert.Equal(2m, PriceRules.Median([10m, 1m, 2m]));
        Assert.Equal(2.5m, PriceRules.Median([10m, 1m, 2m, 3m]));
        Assert.Null(PriceRules.Median([]));
    }
    /// <summary>
    /// Claude Sonnet 5's case: the maker's introductory $2/$10 rose to $3/$15 on 2026-09-01 (a dated change on its own
    /// route); resellers read on 2026-07-01 still list $2/$10 (or a regional $2.20/$11).
    /// </summary>
    private static TestCatalogBuilder AfterARise() => new TestCatalogBuilder()
        .Provider("anthropic", "Anthropic").Provider("vercel", "Vercel", SellerKind.Aggregator).Provider("bedrock", "Bedrock", SellerKind.Cloud)
        .Provider("openrouter", "OpenRouter", SellerKind.Aggregator)
        .Model("m", "M", "anthropic")
        .Route("anthropic", "m", 3m, 15m, r => r with
        {
            Checked = new DateOnly(2026, 7, 29),
            History = [new PricePoint(new DateOnly(2026, 6, 30), PriceEvent.Added, new TokenPrices(2m, 10m)), new PricePoint(new DateOnly(2026, 9, 1), PriceEvent.Changed, new TokenPrices(3m, 15m))],
        })
        .Route("vercel", "m", 2m, 10m)
        .Route("bedrock", "m", 2.2m, 11m, r => r with { Variant = new RouteVariant(RouteVariantKind.Regional, "eu", "EU endpoint") })
        // Read before the rise too, but its dated list records the rise: known on 2026-09-01, and not below the maker.
        .Route("openrouter", "m", 3m, 15m, r => r with
        {
            Checked = new DateOnly(2026, 6, 30),
            History = [new PricePoint(new DateOnly(2026, 6, 30), PriceEvent.Added, new TokenPrices(2m, 10m)), new PricePoint(new DateOnly(2026, 9, 1), PriceEvent.Changed, new TokenPrices(3m, 15m))],
        });

    [Fact]
    public void A_resellers_price_read_before_the_makers_rise_and_below_it_is_shown_but_not_costed()
    {
        var catalog = AfterARise().Build();

        var price = PriceOf(catalog);
        var vercel = price.Standing("vercel")!;
        Assert.Equal((RouteExclusion.ReadBeforeRise, (decimal?)null, new DateOnly(2026, 9, 1)), (vercel.Exclusion, vercel.Blend, vercel.ReadBeforeRiseOn));
        Assert.Equal("read before the maker's price rise, not costed", vercel.Badge);
        Assert.Equal("Vercel's price was last read on Jul 1, 2026, before the maker's own price rose on Sep 1, 2026, and is below it: it may be out of date, so it is shown but not costed.", vercel.Note);
        Assert.Equal(RouteExclusion.ReadBeforeRise, price.Standing("bedrock--eu")!.Exclusion);
        Assert.True(price.Standing("openrouter")!.IsCosted);
        // Without the two stale routes, the cheapest is the $3/$15 pair (blend 6.6), the maker's own first on a tie.
        Assert.Equal("anthropic", price.Cheapest!.Key);
        var facts = Facts(catalog);
        Assert.Equal("anthropic", facts.CheapestAtTraffic!.RouteKey);
        Assert.DoesNotContain(facts.RouteCosts, c => c.ProviderSlug is "vercel" or "bedrock");
        // The list price itself is untouched: 1,000M × $3 + 200M × $15 = $6,000.
        Assert.Equal(6_000m, facts.ReferenceBill!.Monthly);
    }

    [Fact]
    public void A_price_read_after_the_makers_rise_or_a_makers_cut_leaves_a_lower_reseller_costed()
    {
        // Read on 2026-10-01, after the rise: the seller really lists $2/$10 then, so it is the cheapest route.
        var later = AfterARise().Provider("late", "Late", SellerKind.Reseller).Route("late", "m", 2m, 10m, r => r with { Checked = new DateOnly(2026, 10, 1) }).Build();
        Assert.True(PriceOf(later).Standing("late")!.IsCosted);
        Assert.Equal("late", PriceOf(later).Cheapest!.Key);

        // A cut, not a rise: $10/$40 to $2/$8 on 2025-06-10; a reseller read earlier at $1.50/$6 stays costed.
        var cut = new TestCatalogBuilder()
            .Provider("maker", "Maker").Provider("relay", "Relay", SellerKind.Reseller)
            .Model("m", "M", "maker")
            .Route("maker", "m", 2m, 8m, r => r with
            {
                History = [new PricePoint(new DateOnly(2025, 4, 16), PriceEvent.Added, new TokenPrices(10m, 40m)), new PricePoint(new DateOnly(2025, 6, 10), PriceEvent.Changed, new TokenPrices(2m, 8m))],
            })
            .Route("relay", "m", 1.5m, 6m, r => r with { Checked = new DateOnly(2025, 5, 1) })
            .Build();
        Assert.Null(PriceRules.LastRise(cut.RoutesFor("m").Single(r => r.ProviderSlug == "maker")));
        Assert.Equal("relay", PriceOf(cut).Cheapest!.Key);
    }
}
