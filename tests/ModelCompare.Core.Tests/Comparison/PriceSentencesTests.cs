using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>The words of the price rules, read exactly.</summary>
public class PriceSentencesTests
{
    private static RouteStanding Standing(
        RouteExclusion exclusion = RouteExclusion.None,
        bool makerOwn = false,
        bool free = false,
        bool plan = false,
        bool low = false,
        SellerKind kind = SellerKind.Unknown) => new()
        {
            Route = new Route { ProviderSlug = "relay", ModelSlug = "m", SourceUrl = "https://example.com", Checked = TestCatalogBuilder.Reviewed },
            ProviderName = "Relay AI",
            SellerKind = kind,
            IsMakerOwn = makerOwn,
            IsPlan = plan,
            Exclusion = exclusion,
            IsFreeFromMaker = free,
            IsUnusuallyLow = low,
            BelowReference = low ? 0.8571m : null,
        };

    [Theory]
    [InlineData(SellerKind.Reseller, "unusually low, reseller")]
    [InlineData(SellerKind.Aggregator, "unusually low, aggregator")]
    [InlineData(SellerKind.Plan, "unusually low, subscription plan")]
    [InlineData(SellerKind.Unknown, "unusually low")]
    public void An_unusually_low_route_is_marked_with_its_seller_kind_where_known(SellerKind kind, string badge) =>
        Assert.Equal(badge, Sentences.RouteBadge(Standing(low: true, kind: kind), isListRoute: false, PriceBasis.List));

    [Fact]
    public void Each_kind_of_route_has_its_mark()
    {
        Assert.Equal("list price", Sentences.RouteBadge(Standing(makerOwn: true), isListRoute: true, PriceBasis.List));
        Assert.Equal("free from its maker", Sentences.RouteBadge(Standing(makerOwn: true, free: true), isListRoute: true, PriceBasis.List));
        Assert.Equal("maker's own", Sentences.RouteBadge(Standing(makerOwn: true), isListRoute: false, PriceBasis.List));
        Assert.Equal("subscription plan", Sentences.RouteBadge(Standing(plan: true), isListRoute: false, PriceBasis.List));
        Assert.Equal("deprecated, not costed", Sentences.RouteBadge(Standing(RouteExclusion.Deprecated), isListRoute: false, PriceBasis.List));
        Assert.Equal("removed, not costed", Sentences.RouteBadge(Standing(RouteExclusion.Removed), isListRoute: false, PriceBasis.List));
        Assert.Equal("free tier or plan, not costed", Sentences.RouteBadge(Standing(RouteExclusion.FreeTier), isListRoute: false, PriceBasis.List));
        Assert.Null(Sentences.RouteBadge(Standing(), isListRoute: false, PriceBasis.List));
        Assert.Null(Sentences.RouteBadge(Standing(RouteExclusion.NoPrice), isListRoute: false, PriceBasis.List));
    }

    [Fact]
    public void Route_notes_say_why_a_route_is_not_costed_or_is_unusual()
    {
        Assert.Equal("Unusually low: Relay AI (relay) is 85% below the market price, sold by an aggregator.", Sentences.RouteNote(Standing(low: true, kind: SellerKind.Aggregator), false, PriceBasis.Market));
        Assert.Equal("Unusually low: Relay AI (relay) is 85% below the list price.", Sentences.RouteNote(Standing(low: true), false, PriceBasis.List));
        Assert.Equal("Relay AI (relay) is deprecated, so it is shown but not costed.", Sentences.RouteNote(Standing(RouteExclusion.Deprecated), false, PriceBasis.List));
        Assert.Equal("Relay AI (relay) was removed from the provider's price list, so it is shown but not costed.", Sentences.RouteNote(Standing(RouteExclusion.Removed), false, PriceBasis.List));
        Assert.Equal("Relay AI (relay) is the maker's own free route, so the list price is $0.", Sentences.RouteNote(Standing(makerOwn: true, free: true), true, PriceBasis.List));
    }

    [Fact]
    public void The_market_spread_counts_providers_and_prices_in_the_singular_and_plural()
    {
        Assert.Equal("the one provider's price", Sentences.MarketSpread(1, 1));
        Assert.Equal("the median of 7 providers' prices", Sentences.MarketSpread(7, 7));
        Assert.Equal("the median of 9 prices from 7 providers", Sentences.MarketSpread(9, 7));
        Assert.Equal("the median of 2 prices from 1 provider", Sentences.MarketSpread(2, 1));
    }

    [Theory]
    [InlineData(CostBasis.List, PriceBasis.List, PriceBasis.List, "At list prices")]
    [InlineData(CostBasis.List, PriceBasis.Market, PriceBasis.Market, "At market prices")]
    [InlineData(CostBasis.List, PriceBasis.List, PriceBasis.Market, "At list and market prices")]
    [InlineData(CostBasis.List, PriceBasis.Market, PriceBasis.None, "At market prices")]
    [InlineData(CostBasis.List, PriceBasis.None, PriceBasis.None, "At list prices")]
    [InlineData(CostBasis.Cheapest, PriceBasis.List, PriceBasis.List, "On each model's cheapest route")]
    public void The_basis_reads_as_the_verdict_opens(CostBasis basis, PriceBasis a, PriceBasis b, string expected) =>
        Assert.Equal(expected, Sentences.BasisPhrase(basis, a, b, null));

    [Fact]
    public void One_provider_for_both_is_named() => Assert.Equal("On OpenRouter", Sentences.BasisPhrase(CostBasis.Via, PriceBasis.List, PriceBasis.List, "OpenRouter"));

    [Fact]
    public void The_scorecard_price_says_where_it_comes_from_or_that_there_is_none()
    {
        var bill = Pricing.Bill(BillBasis.List, new RouteCost("m", "M", 3m, 15m, null, 3_000m, 3_000m, 6_000m, HasTiers: false));
        Assert.Equal("$3 / $15 (list price)", Sentences.ScorecardPrice(bill));
        Assert.Equal("Free from its maker", Sentences.ScorecardPrice(Pricing.Bill(BillBasis.List, new RouteCost("m", "M", 0m, 0m, null, 0m, 0m, 0m, HasTiers: false))));
        Assert.Equal("No price", Sentences.ScorecardPrice(null));
        Assert.Equal(("6 of 7", "None shared"), (Sentences.ScorecardLeads(6, 7), Sentences.ScorecardLeads(0, 0)));
    }

    [Fact]
    public void A_model_priced_only_on_plans_or_only_on_retired_routes_says_so()
    {
        var model = new Model { Slug = "m", Name = "M", MakerSlug = "lab", LastReviewed = TestCatalogBuilder.Reviewed };
        Route Priced(string provider, Func<Route, Route>? edit = null)
        {
            var route = new Route { ProviderSlug = provider, ModelSlug = "m", Price = new TokenPrices(1m, 1m), SourceUrl = "https://example.com", Checked = TestCatalogBuilder.Reviewed };
            return edit is null ? route : edit(route);
        }

        Provider Find(string slug) => new() { Slug = slug, Name = slug, SellerKind = slug == "plan" ? SellerKind.Plan : SellerKind.Unknown, LastReviewed = TestCatalogBuilder.Reviewed };

        Assert.Equal(
            "M is only priced on subscription plans, which are not a list or market price.",
            Sentences.NoReferencePrice("M", PriceRules.For(model, [Priced("plan")], Find)));
        Assert.Equal(
            "Every priced route for M is deprecated or removed, so none is costed.",
            Sentences.NoReferencePrice("M", PriceRules.For(model, [Priced("old", r => r with { Status = RouteStatus.Deprecated })], Find)));
    }
}
