using System.Collections.Immutable;
using ModelCompare.Catalog;
using ModelCompare.Comparison;

namespace ModelCompare.Core.Tests.Comparison;

/// <summary>Itemised bills worked out by hand: cache writes, context tiers, thinking output, service tiers and request fees.</summary>
public class ItemisedBillTests
{
    private static readonly DateOnly Genai = new(2026, 7, 29);

    /// <summary>Claude Sonnet 4.5 on Anthropic: $3/$15, reads $0.30, 5-minute writes $3.75, 1-hour writes $6, batch half price.</summary>
    private static Route Claude() => new()
    {
        ProviderSlug = "anthropic",
        ModelSlug = "claude-sonnet-4-5",
        Price = new TokenPrices(3m, 15m, 0.3m, 3.75m, 6m),
        BatchPrice = new TokenPrices(1.5m, 7.5m),
        PriceSources = new Dictionary<string, PriceSource>
        {
            ["cache_write_1h"] = new("https://github.com/pydantic/genai-prices/blob/x/prices/providers/anthropic.yml", Genai),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal),
        SourceUrl = "https://models.dev/anthropic/claude-sonnet-4-5",
        Checked = TestCatalogBuilder.Reviewed,
    };

    /// <summary>Gemini 2.5 Pro on Google: $1.25/$10 (reads $0.125), and $2.50/$15 (reads $0.25) for prompts above 200K; batch half price.</summary>
    private static Route Gemini() => new()
    {
        ProviderSlug = "google",
        ModelSlug = "gemini-2-5-pro",
        Price = new TokenPrices(1.25m, 10m, 0.125m),
        BatchPrice = new TokenPrices(0.625m, 5m),
        Tiers = [new PriceTier(200_000, new TokenPrices(2.5m, 15m, 0.25m))],
        SourceUrl = "https://models.dev/google/gemini-2.5-pro",
        Checked = TestCatalogBuilder.Reviewed,
    };

    private static TrafficProfile PerRequest(decimal requests, decimal inPer, decimal outPer) =>
        TrafficProfile.FromRequests(new RequestShape(requests, inPer, outPer));

    [Fact]
    public void Claude_at_half_cached_writes_the_other_half_at_the_five_minute_price()
    {
        var cost = Pricing.Cost(Claude(), "Anthropic", new TrafficProfile(1000m, 200m, 50m))!;

        // 500M read × $0.30 = $150; 500M written × $3.75 = $1,875; 200M out × $15 = $3,000.
        Assert.Equal(150m + 1_875m + 3_000m, cost.Monthly);
        Assert.Equal(
            [(BillLineKind.Input, 0m), (BillLineKind.CacheRead, 150m), (BillLineKind.CacheWrite, 1_875m), (BillLineKind.Output, 3_000m)],
            cost.Lines.Select(l => (l.Kind, l.Amount)));
        var write = cost.Lines.Single(l => l.Kind == BillLineKind.CacheWrite);
        Assert.Equal("Cache writes (5 minutes)", write.Label);
        Assert.Equal("500M tokens × $3.75 per 1M", write.QuantityText);
        Assert.Equal("https://models.dev/anthropic/claude-sonnet-4-5", write.SourceUrl);
    }

    [Fact]
    public void Claude_at_half_cached_with_one_hour_writes_pays_the_one_hour_price_from_its_own_source()
    {
        var traffic = new TrafficProfile(1000m, 200m, 50m) { CacheTtl = CacheTtl.OneHour };

        var cost = Pricing.Cost(Claude(), "Anthropic", traffic)!;

        // 500M written × $6 = $3,000, $1,500 more than at the input price ($4,650 before writes were billed).
        Assert.Equal(150m + 3_000m + 3_000m, cost.Monthly);
        var write = cost.Lines.Single(l => l.Kind == BillLineKind.CacheWrite);
        Assert.Equal("Cache writes (1 hour)", write.Label);
        Assert.Equal((6m, Genai), (write.Price, write.Checked!.Value));
        Assert.StartsWith("https://github.com/pydantic/genai-prices/", write.SourceUrl, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stated_write_share_replaces_the_default_and_never_exceeds_the_uncached_input()
    {
        var quarter = Pricing.Cost(Claude(), "Anthropic", new TrafficProfile(1000m, 200m, 50m) { WritePercentGiven = 10m })!;
        var all = Pricing.Cost(Claude(), "Anthropic", new TrafficProfile(1000m, 200m, 50m) { WritePercentGiven = 90m })!;

        // 400M uncached × $3 + 500M read × $0.30 + 100M written × $3.75 + $3,000 output.
        Assert.Equal(1_200m + 150m + 375m + 3_000m, quarter.Monthly);
        // Only the 50% not read from the cache can be written.
        Assert.Equal(150m + 1_875m + 3_000m, all.Monthly);
    }

    [Fact]
    public void A_route_without_a_write_price_bills_written_tokens_at_the_input_price()
    {
        var route = Claude() with { Price = new TokenPrices(2.5m, 10m, 1.25m) };

        var cost = Pricing.Cost(route, "OpenAI", new TrafficProfile(1000m, 200m, 50m))!;

        Assert.Equal(500m * 1.25m + 500m * 2.5m + 200m * 10m, cost.Monthly);
        Assert.Equal(Sentences.BillNoCacheWritePrice(CacheTtl.FiveMinutes), cost.Lines.Single(l => l.Kind == BillLineKind.CacheWrite).Note);
    }

    [Fact]
    public void Gemini_at_three_hundred_thousand_tokens_a_request_bills_every_token_at_the_tier_above_200K()
    {
        var cost = Pricing.Cost(Gemini(), "Google", PerRequest(1_000m, 300_000m, 1_000m))!;

        // 300M in × $2.50 + 1M out × $15.
        Assert.Equal(750m + 15m, cost.Monthly);
        Assert.Equal(200_000L, cost.AboveTokens);
    }

    [Fact]
    public void Gemini_below_the_threshold_and_in_monthly_totals_bills_the_base_price()
    {
        var small = Pricing.Cost(Gemini(), "Google", PerRequest(1_000m, 100_000m, 1_000m))!;
        var monthly = Pricing.Cost(Gemini(), "Google", new TrafficProfile(300m, 1m))!;

        Assert.Equal(100m * 1.25m + 1m * 10m, small.Monthly);
        Assert.Null(small.AboveTokens);
        // Monthly totals assume 1,000 tokens a request: below the tier.
        Assert.Equal(300m * 1.25m + 1m * 10m, monthly.Monthly);
    }

    [Fact]
    public void Gemini_on_batch_above_the_threshold_takes_the_batch_discount_off_the_tier_price()
    {
        var traffic = PerRequest(1_000m, 300_000m, 1_000m) with { Tier = ServiceTier.Batch };

        var cost = Pricing.Cost(Gemini(), "Google", traffic)!;

        // Batch is half the base price, so half the tier price: 300M × $1.25 + 1M × $7.50.
        Assert.Equal(375m + 7.5m, cost.Monthly);
        Assert.Equal(ServiceTier.Batch, cost.ServiceTier);
    }

    [Fact]
    public void Qwen3_in_thinking_mode_bills_output_at_its_thinking_price()
    {
        var route = new Route
        {
            ProviderSlug = "alibaba",
            ModelSlug = "qwen3-235b-a22b",
            Price = new TokenPrices(0.7m, 2.8m, Reasoning: 8.4m),
            SourceUrl = "https://models.dev/alibaba/qwen3-235b-a22b",
            Checked = TestCatalogBuilder.Reviewed,
        };

        var plain = Pricing.Cost(route, "Alibaba", TrafficProfile.Default)!;
        var thinking = Pricing.Cost(route, "Alibaba", TrafficProfile.Default with { Thinking = true })!;

        Assert.Equal(1000m * 0.7m + 200m * 2.8m, plain.Monthly);
        Assert.Equal(1000m * 0.7m + 200m * 8.4m, thinking.Monthly);
        Assert.Equal("Output, thinking mode", thinking.Lines.Single(l => l.Kind == BillLineKind.Thinking).Label);
    }

    [Fact]
    public void Thinking_mode_on_a_model_without_a_thinking_price_bills_the_output_price_and_says_so()
    {
        var cost = Pricing.Cost(Gemini(), "Google", TrafficProfile.Default with { Thinking = true })!;

        Assert.Equal(1000m * 1.25m + 200m * 10m, cost.Monthly);
        Assert.Equal(Sentences.BillThinkingAtOutputPrice, cost.Lines.Single(l => l.Kind == BillLineKind.Output).Note);
    }

    [Fact]
    public void GPT_4o_on_the_batch_preset_bills_batch_prices_and_a_route_without_batch_bills_standard()
    {
        var gpt4o = new Route
        {
            ProviderSlug = "openai",
            ModelSlug = "gpt-4o",
            Price = new TokenPrices(2.5m, 10m, 1.25m),
            BatchPrice = new TokenPrices(1.25m, 5m),
            SourceUrl = "https://models.dev/openai/gpt-4o",
            Checked = TestCatalogBuilder.Reviewed,
        };
        var traffic = TrafficProfile.FromQuery(null, null, null, "batch", null, null, null).Profile;

        var batch = Pricing.Cost(gpt4o, "OpenAI", traffic)!;
        var standard = Pricing.Cost(gpt4o with { BatchPrice = null }, "OpenAI", traffic)!;

        Assert.Equal(ServiceTier.Batch, traffic.Tier);
        // 5M documents × 1,000 in and 200 out: 5,000M × $1.25 + 1,000M × $5.
        Assert.Equal(6_250m + 5_000m, batch.Monthly);
        Assert.Equal(ServiceTier.Batch, batch.ServiceTier);
        Assert.Equal(12_500m + 10_000m, standard.Monthly);
        Assert.Equal(ServiceTier.Standard, standard.ServiceTier);
    }

    [Fact]
    public void Sonar_charges_its_request_fee_on_every_request()
    {
        var sonar = new Route
        {
            ProviderSlug = "perplexity",
            ModelSlug = "sonar",
            Price = new TokenPrices(1m, 1m),
            Fees = new RouteFees(12m, null),
            SourceUrl = "https://models.dev/perplexity/sonar",
            Checked = TestCatalogBuilder.Reviewed,
        };

        var cost = Pricing.Cost(sonar, "Perplexity", PerRequest(1_000_000m, 1_000m, 200m))!;
        var bill = Pricing.Bill(BillBasis.List, cost);

        // 1,000M in × $1 + 200M out × $1 + 1,000,000 requests × $12 per 1,000.
        Assert.Equal(1_000m + 200m + 12_000m, cost.Monthly);
        Assert.Equal(12_000m, cost.FeeCost);
        Assert.Equal(13_200m, bill.Monthly);
        Assert.Equal(13.2m, bill.PerThousandRequests(PerRequest(1_000_000m, 1_000m, 200m)));
        Assert.Equal("1,000,000 requests × $12 per 1,000", cost.Lines.Single(l => l.Kind == BillLineKind.RequestFee).QuantityText);
    }

    [Fact]
    public void The_bill_options_are_read_from_the_query_and_a_preset_sets_its_own()
    {
        var agent = TrafficProfile.FromQuery(null, null, null, "agent", null, null, null).Profile;
        var typed = TrafficProfile.FromQuery(null, null, "50", "batch", null, null, null, null, new BillOptionsQuery("20", "1h", "on", "flex"));
        var odd = TrafficProfile.FromQuery(null, null, null, null, null, null, null, null, new BillOptionsQuery(Tier: "gold", Ttl: "2h"));

        Assert.Equal((84m, 16m, ServiceTier.Standard), (agent.CachePercent, agent.CacheWritePercent, agent.Tier));
        Assert.Equal((50m, 20m, CacheTtl.OneHour, true, ServiceTier.Flex), (typed.Profile.CachePercent, typed.Profile.CacheWritePercent, typed.Profile.CacheTtl, typed.Profile.Thinking, typed.Profile.Tier));
        Assert.Equal(ServiceTier.Standard, odd.Profile.Tier);
        Assert.Contains("Service tier \"gold\" is not one of standard, batch, flex, or priority; it is ignored.", odd.Notes);
        Assert.Contains("Cache lifetime \"2h\" is not one of 5m or 1h; it is ignored.", odd.Notes);
        Assert.False(odd.Profile.IsDefault && odd.Notes.IsEmpty);
    }

    /// <summary>o3 on OpenAI: $2/$8 per 1M, no separate reasoning price (reasoning tokens are billed as output).</summary>
    private static Route O3() => new()
    {
        ProviderSlug = "openai",
        ModelSlug = "o3",
        Price = new TokenPrices(2m, 8m, 0.5m),
        SourceUrl = "https://models.dev/openai/o3",
        Checked = TestCatalogBuilder.Reviewed,
    };

    [Fact]
    public void A_model_that_always_thinks_bills_reasoning_output_at_the_assumed_share_of_its_output()
    {
        var assumed = Pricing.Cost(O3(), "OpenAI", TrafficProfile.Default with { AlwaysThinks = true })!;
        var stated = Pricing.Cost(O3(), "OpenAI", TrafficProfile.Default with { AlwaysThinks = true, ReasoningPercentGiven = 250m })!;
        var hybrid = Pricing.Cost(O3(), "OpenAI", TrafficProfile.Default with { ReasoningPercentGiven = 250m })!;

        // 1,000M in × $2 = $2,000; 200M visible out × $8 = $1,600; 200M reasoning (100% of output) × $8 = $1,600.
        Assert.Equal(2_000m + 1_600m + 1_600m, assumed.Monthly);
        var reasoning = assumed.Lines.Single(l => l.Kind == BillLineKind.Reasoning);
        Assert.Equal("200M tokens × $8 per 1M", reasoning.QuantityText);
        Assert.Equal(Sentences.BillReasoningAssumed(100m, atOutputPrice: true), reasoning.Note);
        Assert.Equal("https://models.dev/openai/o3", reasoning.SourceUrl);
        Assert.Equal(1_600m + 1_600m, assumed.OutputCost);
        // reasoning=250: 500M reasoning tokens × $8 = $4,000.
        Assert.Equal(2_000m + 1_600m + 4_000m, stated.Monthly);
        // A model that can answer without thinking bills no hidden reasoning, whatever the share.
        Assert.Equal(2_000m + 1_600m, hybrid.Monthly);
        Assert.DoesNotContain(hybrid.Lines, l => l.Kind == BillLineKind.Reasoning);
    }

    [Fact]
    public void Reasoning_of_a_model_that_always_thinks_is_billed_at_its_reasoning_price_when_it_has_one()
    {
        var route = O3() with { Price = new TokenPrices(2m, 8m, Reasoning: 3m) };

        var cost = Pricing.Cost(route, "OpenAI", TrafficProfile.Default with { AlwaysThinks = true })!;

        // 200M reasoning × $3 = $600 beside 200M visible output × $8.
        Assert.Equal(2_000m + 1_600m + 600m, cost.Monthly);
        Assert.Equal(Sentences.BillReasoningAssumed(100m, atOutputPrice: false), cost.Lines.Single(l => l.Kind == BillLineKind.Reasoning).Note);
    }

    [Fact]
    public void The_engine_bills_reasoning_only_for_a_model_whose_only_mode_is_thinking()
    {
        var catalog = new TestCatalogBuilder()
            .Provider("openai", "OpenAI")
            .Model("o3", "o3", "openai", m => m with { Modes = ["thinking"] })
            .Model("gpt-4-1", "GPT-4.1", "openai", m => m with { Modes = ["non-thinking", "thinking"] })
            .Route("openai", "o3", 2m, 8m)
            .Route("openai", "gpt-4-1", 2m, 8m)
            .Build();
        var engine = new ComparisonEngine(catalog);

        var o3 = engine.Describe(catalog.FindModel("o3")!, TrafficProfile.Default);
        var gpt = engine.Describe(catalog.FindModel("gpt-4-1")!, TrafficProfile.Default);

        Assert.True(catalog.FindModel("o3")!.AlwaysThinks);
        Assert.Equal(2_000m + 1_600m + 1_600m, o3.ReferenceBill!.Monthly);
        Assert.Equal(2_000m + 1_600m, gpt.ReferenceBill!.Monthly);
        // The page's traffic stays the one asked for: both sides are described at the same traffic.
        Assert.Equal(o3.Traffic, gpt.Traffic);
    }

    [Fact]
    public void Web_searches_are_billed_per_search_where_the_route_prices_them()
    {
        var deepResearch = new Route
        {
            ProviderSlug = "perplexity",
            ModelSlug = "sonar-deep-research",
            Price = new TokenPrices(2m, 8m),
            Fees = new RouteFees(null, 5m),
            PriceSources = new Dictionary<string, PriceSource>
            {
                ["fees"] = new("https://github.com/pydantic/genai-prices/blob/x/prices/providers/perplexity.yml", Genai),
            }.ToImmutableSortedDictionary(StringComparer.Ordinal),
            SourceUrl = "https://models.dev/perplexity/sonar-deep-research",
            Checked = TestCatalogBuilder.Reviewed,
        };
        var traffic = TrafficProfile.FromQuery(null, null, null, null, "100000", "1000", "200", null, new BillOptionsQuery(Search: "3000")).Profile;

        var cost = Pricing.Cost(deepResearch, "Perplexity", traffic)!;
        var none = Pricing.Cost(deepResearch, "Perplexity", PerRequest(100_000m, 1_000m, 200m))!;

        // 100,000 requests × 3 searches = 300,000 searches × $5 per 1,000 = $1,500; 100M in × $2 = $200; 20M out × $8 = $160.
        Assert.Equal(3_000m, traffic.SearchesPerThousand);
        Assert.Equal(200m + 160m + 1_500m, cost.Monthly);
        Assert.Equal(1_500m, cost.FeeCost);
        var line = cost.Lines.Single(l => l.Kind == BillLineKind.SearchFee);
        Assert.Equal("300,000 searches × $5 per 1,000", line.QuantityText);
        Assert.Equal("https://github.com/pydantic/genai-prices/blob/x/prices/providers/perplexity.yml", line.SourceUrl);
        Assert.Equal(Genai, line.Checked);
        Assert.Equal(200m + 160m, none.Monthly);
        Assert.False(traffic.HasDefaultOptions);
    }

    [Fact]
    public void The_reasoning_share_and_searches_are_read_from_the_query_with_a_note_for_odd_values()
    {
        var typed = TrafficProfile.FromQuery(null, null, null, null, null, null, null, null, new BillOptionsQuery(Reasoning: "300", Search: "2"));
        var odd = TrafficProfile.FromQuery(null, null, null, null, null, null, null, null, new BillOptionsQuery(Reasoning: "lots", Search: "-4"));

        Assert.Equal((300m, 2m), (typed.Profile.ReasoningPercentGiven, typed.Profile.SearchesPerThousand));
        Assert.Equal(100m, odd.Profile.ReasoningPercentGiven);
        Assert.Equal(0m, odd.Profile.SearchesPerThousand);
        Assert.Equal(2, odd.Notes.Length);
        Assert.True(TrafficProfile.Default.HasDefaultOptions);
    }
}
